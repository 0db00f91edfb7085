package ipcbench.transport;

/** The daemon a client talks to, as far as error messages and deadlines need it. */
public interface Peer {
    /** For error messages: which daemon, and whether it is alive, stopped or gone (with its exit status). */
    String describe();

    /** Stops the daemon at once; used when it missed a deadline, so a blocked read returns. */
    void kill();

    Peer UNKNOWN = new Peer() {
        @Override
        public String describe() {
            return "daemon state unknown";
        }

        @Override
        public void kill() {
        }
    };
}
