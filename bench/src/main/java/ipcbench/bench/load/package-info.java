/**
 * The fixed-rate (open-loop) load generator: requests leave on a fixed schedule whatever the
 * daemon does, and each latency is measured from the request's intended send time, so a stall
 * shows as the queue it builds instead of hiding itself (coordinated omission). See docs/load.md.
 */
package ipcbench.bench.load;
