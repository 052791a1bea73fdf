/**
 * Which files a build may read: {@link org.disclose.files.ReadRoots}. Below content, config and render, which all
 * read files, and above only diag.
 */
package org.disclose.files;
