package org.weimin.plugin.infrastructure;

import java.util.Collection;

import org.weimin.spi.form.FieldError;
import org.weimin.spi.intake.DemandDraft;
import org.weimin.spi.intake.IntakeResult;
import org.weimin.spi.intake.ProgressReply;

/**
 * What the host accepts back from plugin code. A result that breaks these limits is a failed call of the
 * plugin, reported as such, never something the platform tries to store or send on.
 */
final class PluginResults {

    static final int MAX_DRAFTS = 100;
    static final int MAX_REPLY_CHARS = 64 * 1024;
    static final int MAX_REASON_CHARS = 1_000;
    static final int MAX_RAW_PAYLOAD_CHARS = 512 * 1024;
    static final int MAX_LIST_ITEMS = 1_000;

    private PluginResults() {
    }

    /** Why the result is unusable, or null when it is fine. */
    static String problemWith(Object result) {
        if (result == null) {
            return "returned nothing";
        }
        if (result instanceof IntakeResult intake) {
            return problemWith(intake);
        }
        if (result instanceof ProgressReply.Failed failed && failed.reason() == null) {
            return "reported a failure without a reason";
        }
        if (result instanceof Collection<?> list) {
            if (list.size() > MAX_LIST_ITEMS) {
                return "returned " + list.size() + " items, more than " + MAX_LIST_ITEMS;
            }
            if (list.stream().anyMatch(item -> item == null)) {
                return "returned a list with an empty entry";
            }
            if (list.stream().anyMatch(item -> item instanceof FieldError error && error.message() == null)) {
                return "reported a problem without words";
            }
        }
        return null;
    }

    private static String problemWith(IntakeResult result) {
        if (result instanceof IntakeResult.Unauthenticated refused) {
            return reasonProblem(refused.reason());
        }
        if (result instanceof IntakeResult.Malformed malformed) {
            return reasonProblem(malformed.reason());
        }
        IntakeResult.Accepted accepted = (IntakeResult.Accepted) result;
        if (accepted.drafts().size() > MAX_DRAFTS) {
            return "made " + accepted.drafts().size() + " needs of one delivery, more than " + MAX_DRAFTS;
        }
        if (accepted.replyBody() != null && accepted.replyBody().length() > MAX_REPLY_CHARS) {
            return "answered with more than " + MAX_REPLY_CHARS / 1024 + " KB";
        }
        return accepted.drafts().stream().map(PluginResults::draftProblem).filter(p -> p != null)
                .findFirst().orElse(null);
    }

    private static String draftProblem(DemandDraft draft) {
        if (draft == null) {
            return "made an empty need";
        }
        if (draft.origin().channel() == null) {
            return "made a need without naming its channel";
        }
        if (draft.origin().rawPayload() != null && draft.origin().rawPayload().length() > MAX_RAW_PAYLOAD_CHARS) {
            return "kept a raw payload larger than " + MAX_RAW_PAYLOAD_CHARS / 1024 + " KB";
        }
        return null;
    }

    private static String reasonProblem(String reason) {
        if (reason == null || reason.isBlank()) {
            return "refused a delivery without saying why";
        }
        return reason.length() > MAX_REASON_CHARS ? "gave a refusal longer than " + MAX_REASON_CHARS + " characters" : null;
    }
}
