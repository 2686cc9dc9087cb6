package io.genericrepo;

/** The base of every exception generic-repo throws on its own account. */
public class GenericRepoException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception with a message that says what went wrong and what to do.
     *
     * @param message the message
     */
    public GenericRepoException(String message) {
        super(message);
    }

    /**
     * Creates an exception with a message and its cause.
     *
     * @param message the message
     * @param cause the cause
     */
    public GenericRepoException(String message, Throwable cause) {
        super(message, cause);
    }
}
