package org.disclose.check;

import org.disclose.diag.Diagnostics;
import org.disclose.model.Content;

/** One named rule about the content, reporting what breaks it. */
public interface Check {

    void check(Content content, Diagnostics diagnostics);
}
