package id.peristiwa.document;

/**
 * Where an article came from: the page's URL (canonical when the page names one), the local path or
 * container entry it was read from, and the outlet that published it (site name, else domain).
 * Any part may be null when unknown.
 */
public record Source(String url, String path, String outlet) {
}
