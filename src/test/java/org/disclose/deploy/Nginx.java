package org.disclose.deploy;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import org.disclose.TestSite;

/**
 * A real nginx on 127.0.0.1 serving a built site with the shipped deploy/nginx.conf, and a headers file of deploy/ in
 * the place of disclose-headers.conf. Closing it stops it.
 */
final class Nginx implements AutoCloseable {

    static final Path BINARY = Path.of("/usr/sbin/nginx");

    private final Process process;
    final int port;

    private Nginx(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /**
     * @param work    a folder of the test's own for nginx's files
     * @param site    the built site (its workers must be able to read it: the folders up to {@code reachableFrom}
     *                are opened to others)
     * @param headers the file of deploy/ to install as disclose-headers.conf
     */
    static Nginx start(Path work, Path site, Path reachableFrom, String headers) throws Exception {
        for (Path p = site; p != null && p.startsWith(reachableFrom); p = p.getParent()) {
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Path prefix = work.toAbsolutePath();
        for (String d : new String[] {"conf", "logs", "tmp"}) {
            Files.createDirectories(prefix.resolve(d));
        }
        String server = Files.readString(TestSite.PROJECT.resolve("deploy/nginx.conf"))
                .replace("listen 80;", "listen 127.0.0.1:" + port + ";")
                .replace("root /var/www/zhenggai;", "root " + site + ";");
        String tmp = prefix.resolve("tmp").toString();
        Files.writeString(prefix.resolve("conf/nginx.conf"), "worker_processes 1;\ndaemon off;\n"
                + "pid " + prefix.resolve("logs/nginx.pid") + ";\nerror_log " + prefix.resolve("logs/error.log") + ";\n"
                + "events { worker_connections 64; }\nhttp {\n  access_log off;\n  default_type application/octet-stream;\n"
                + "  client_body_temp_path " + tmp + ";\n  proxy_temp_path " + tmp + ";\n  fastcgi_temp_path " + tmp
                + ";\n  uwsgi_temp_path " + tmp + ";\n  scgi_temp_path " + tmp + ";\n" + server + "\n}\n");
        Files.copy(TestSite.PROJECT.resolve("deploy").resolve(headers), prefix.resolve("conf/disclose-headers.conf"));
        Process nginx = new ProcessBuilder(BINARY.toString(), "-p", prefix.toString(), "-c", "conf/nginx.conf")
                .redirectErrorStream(true).redirectOutput(prefix.resolve("logs/stdout.log").toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (true) {
            try (Socket ignored = new Socket("127.0.0.1", port)) {
                return new Nginx(nginx, port);
            } catch (IOException e) {
                if (!nginx.isAlive() || System.nanoTime() > deadline) {
                    nginx.destroy();
                    throw new AssertionError("nginx did not start: " + Files.readString(prefix.resolve("logs/stdout.log"))
                            + Files.readString(prefix.resolve("logs/error.log")));
                }
                Thread.sleep(50);
            }
        }
    }

    String url(String path) {
        return "http://127.0.0.1:" + port + "/" + path;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor(10, TimeUnit.SECONDS);
    }
}
