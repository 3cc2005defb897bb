package dev.mux.server;

import java.io.IOException;
import java.nio.channels.SocketChannel;
import java.nio.file.attribute.UserPrincipal;
import java.util.Optional;
import jdk.net.ExtendedSocketOptions;
import jdk.net.UnixDomainPrincipal;

/**
 * Only the server's own user (and root, as tmux allows) may talk to it. The socket's 0600 mode
 * already says so; the kernel's peer credentials make sure even if someone loosened the mode.
 */
final class PeerCheck {
    private static final String ROOT = "root";
    private final UserPrincipal owner;

    PeerCheck(UserPrincipal owner) {
        this.owner = owner;
    }

    Optional<String> refusal(SocketChannel channel) {
        try {
            UnixDomainPrincipal peer = channel.getOption(ExtendedSocketOptions.SO_PEERCRED);
            String user = peer.user().getName();
            if (peer.user().equals(owner) || user.equals(ROOT)) return Optional.empty();
            return Optional.of("access not allowed: user " + user + " is not " + owner.getName());
        } catch (IOException | UnsupportedOperationException e) {
            return Optional.of("access not allowed: peer credentials unknown (" + e.getMessage() + ")");
        }
    }
}
