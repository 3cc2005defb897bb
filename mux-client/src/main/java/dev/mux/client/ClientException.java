package dev.mux.client;

/**
 * A failure the user can act on, already worded as the line {@code mux} prints (tmux's wording
 * where tmux has one). The client's exit status is then 1.
 */
final class ClientException extends Exception {
    private static final long serialVersionUID = 1L;

    ClientException(String message) {
        super(message);
    }
}
