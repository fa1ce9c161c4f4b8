package dev.socle.catalog.ingest;

/**
 * How to write the URL of one file of a git location in the same flavour as its target, for the
 * {@code backstage.io/managed-by-location} of the entities read from that file: a GitHub target gives GitHub blob
 * URLs, GitLab {@code /-/blob/}, Gitea {@code /src/branch/}, Bitbucket Cloud {@code /src/}, Bitbucket Server
 * {@code /browse/…?at=}, a plain git URL {@code ?ref=…&path=…}.
 *
 * @param prefix what comes before the file's path, relative to the repository root
 * @param suffix what comes after it (a query, or nothing)
 * @param folders whether the path lies in the URL's path, so that the file's folder has a URL too
 */
record FileUrls(String prefix, String suffix, boolean folders) {

    /** The URL of the file at {@code path}, relative to the repository root. */
    public String of(String path) {
        return prefix + path + suffix;
    }

    /** The URL of the folder holding the file at {@code path}, ending in {@code /}, if the flavour has one. */
    public java.util.Optional<String> folderOf(String path) {
        if (!folders) {
            return java.util.Optional.empty();
        }
        int slash = path.lastIndexOf('/');
        return java.util.Optional.of(prefix + (slash < 0 ? "" : path.substring(0, slash + 1)));
    }
}
