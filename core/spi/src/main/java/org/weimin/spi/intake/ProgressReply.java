package org.weimin.spi.intake;

/** Whether a channel could tell a need's people of its progress (since SPI 1.3). */
public sealed interface ProgressReply {

    /** They have been told. */
    record Told() implements ProgressReply {
    }

    /** The channel has no way back to them (not set up for it, or a one-way channel): nothing to retry. */
    record NoWayBack() implements ProgressReply {
    }

    /** The other side could not be reached or refused: the platform tries again later. */
    record Failed(String reason) implements ProgressReply {
    }
}
