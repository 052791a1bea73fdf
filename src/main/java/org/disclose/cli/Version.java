package org.disclose.cli;

import picocli.CommandLine;

/** The version recorded in the jar's manifest at build time. */
final class Version implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
        String v = Main.class.getPackage().getImplementationVersion();
        return new String[] {"disclose " + (v == null ? "(development)" : v)};
    }
}
