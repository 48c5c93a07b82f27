package id.peristiwa.web;

/** A request whose parameters cannot be honoured: answered with 400 and the message, which names the fix. */
final class BadRequest extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BadRequest(String message) {
        super(message);
    }
}
