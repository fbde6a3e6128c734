package org.weimin.spi.intake;

import org.weimin.spi.form.FormSchema;

/**
 * A local channel through which needs reach a community (微平台): a resident portal, a self-help
 * station, forum minutes, door-to-door visit logs, WeChat, QQ, a property-management app, Open311...
 */
public interface IntakeChannel {

    /** Verifies a delivery (signature, token) and turns it into demand drafts. */
    IntakeResult receive(InboundDelivery delivery);

    /**
     * Tells the people a need came from what has become of it (accepted, solved, refused...), after the
     * platform has stored the change. Called off the request, so it may take a few seconds; a channel that
     * cannot reach them answers {@link ProgressReply.NoWayBack}. Since SPI 1.3.
     */
    default ProgressReply progress(ProgressNotice notice) {
        return new ProgressReply.NoWayBack();
    }

    /** The form staff or residents fill in for this channel; empty for machine-to-machine channels. */
    default FormSchema form() {
        return FormSchema.empty();
    }
}
