/** How transports are measured: JMH benchmarks, the floor and the command line. */
package ipcbench.bench;
