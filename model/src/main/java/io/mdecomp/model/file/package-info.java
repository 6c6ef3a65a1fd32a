/**
 * Files on disk shared by every module that writes them: {@link io.mdecomp.model.file.AtomicFile}
 * writes a whole file through a temporary file and a rename, and removes the temporary files an
 * interrupted earlier run left behind.
 */
package io.mdecomp.model.file;
