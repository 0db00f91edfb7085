package ipcbench.transport;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.attribute.UserPrincipal;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which users may talk to a daemon over a Unix domain socket ({@code --allow-uid}); empty means
 * anyone who can reach the socket file (0600 in a 0700 directory: the daemon's own user). Checked
 * once per connection, at accept, from the kernel's peer credentials.
 */
public record AllowedUids(Set<Integer> uids) {
    public static final AllowedUids ANYONE = new AllowedUids(Set.of());

    public AllowedUids {
        uids = Set.copyOf(uids);
    }

    public boolean restricted() {
        return !uids.isEmpty();
    }

    /** Fails at start for a transport that cannot tell who its peer is, instead of ignoring the option. */
    public void requireSupport(Transport transport) {
        if (restricted() && !transport.checksPeerCredentials()) {
            throw new IllegalArgumentException("--allow-uid applies to Unix domain socket transports only; "
                    + transport.id() + " has no peer credentials to check");
        }
    }

    /** Refuses a peer whose uid is not allowed. */
    public void check(long uid) throws RejectedConnectionException {
        if (restricted() && uids.stream().noneMatch(allowed -> allowed == uid)) {
            throw rejected("uid " + uid);
        }
    }

    /**
     * The JDK's {@code SO_PEERCRED} gives a user principal, not a number. Principals are equal when
     * their uids are, and the lookup service takes a numeric name as a uid when no user is called
     * that, so each allowed uid is looked up as a principal and compared.
     */
    public void check(UserPrincipal user) throws IOException {
        if (!restricted()) {
            return;
        }
        UserPrincipalLookupService users = FileSystems.getDefault().getUserPrincipalLookupService();
        for (int uid : uids) {
            if (users.lookupPrincipalByName(Integer.toString(uid)).equals(user)) {
                return;
            }
        }
        throw rejected("user " + user.getName());
    }

    private RejectedConnectionException rejected(String peer) {
        return new RejectedConnectionException("peer " + peer + " is not allowed (--allow-uid "
                + String.join(",", new TreeSet<>(uids).stream().map(String::valueOf).toList()) + ")");
    }
}
