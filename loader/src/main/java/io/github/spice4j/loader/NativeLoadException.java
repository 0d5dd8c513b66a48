package io.github.spice4j.loader;

/**
 * Thrown when the spice4j native library cannot be located, verified or extracted,
 * or when the running platform is not supported.
 *
 * <p>The message is meant for humans: it names the platform and, for a failed search,
 * every place that was tried and why it did not match.
 */
public class NativeLoadException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception with a descriptive message.
     *
     * @param message what went wrong and, where possible, how to fix it
     */
    public NativeLoadException(String message) {
        super(message);
    }

    /**
     * Creates an exception with a descriptive message and the underlying cause.
     *
     * @param message what went wrong and, where possible, how to fix it
     * @param cause   the I/O or security failure that triggered it
     */
    public NativeLoadException(String message, Throwable cause) {
        super(message, cause);
    }
}
