package org.weimin.intake.application;

import java.time.temporal.ChronoUnit;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.eclipse.microprofile.faulttolerance.Asynchronous;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.weimin.demand.model.EventType;
import org.weimin.plugin.application.CommunityFeatures;
import org.weimin.spi.LocalizedText;
import org.weimin.spi.intake.IntakeChannel;
import org.weimin.spi.intake.ProgressNotice;
import org.weimin.spi.intake.ProgressReply;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/**
 * Tells the people a need came from, through the channel it came by, what the community has answered:
 * only once the answer is committed, off the request, and again a few times when the other side cannot be
 * reached. A channel that has no way back (a web form, Open311) is not asked twice.
 */
@ApplicationScoped
public class ProgressNotices {

    private static final Logger LOG = Logger.getLogger(ProgressNotices.class.getName());

    @Inject
    Messenger messenger;

    public void answered(@Observes(during = TransactionPhase.AFTER_SUCCESS) NeedProgressed progress) {
        messenger.tell(progress).exceptionally(failure -> {
            LOG.log(Level.WARNING, "could not tell the people of need {0} through {1}: {2}",
                    new Object[] {progress.reference(), progress.channel(), failure.getMessage()});
            return null;
        });
    }

    /** What residents read, by what happened. */
    static LocalizedText words(EventType type) {
        return switch (type) {
            case ACCEPTED -> LocalizedText.of("社区已受理", "accepted by the community");
            case RESOLVED -> LocalizedText.of("已办结", "resolved");
            case REJECTED -> LocalizedText.of("社区不予受理", "not taken up by the community");
            case MERGED -> LocalizedText.of("已与其他居民提出的同一需求合并办理", "merged with the same need raised by other residents");
            case ESCALATED -> LocalizedText.of("已升级为社区微项目", "taken up as a community micro-project");
            case REFERRED_TO_MEETING -> LocalizedText.of("已提交重大事项联席会议研究", "referred to the joint meeting");
            case MEETING_DECIDED -> LocalizedText.of("联席会议已作出决定", "decided by the joint meeting");
            case CLAIMED -> LocalizedText.of("您的微心愿已有人认领", "your wish has been claimed");
            case CLAIM_ENDED -> LocalizedText.of("认领已结束，心愿重新等待认领", "the claim ended; the wish waits for a claimer again");
            case PUT_ON_SESSION -> LocalizedText.of("将在社区例会上研究处理", "on the agenda of the community's next handling session");
            case SESSION_DECIDED -> LocalizedText.of("社区例会已作出安排", "decided at the community's handling session");
            case PROJECT_PROGRESS -> LocalizedText.of("您的需求所在的微项目有了新进展", "the micro-project your need became has moved on");
            default -> throw new IllegalArgumentException(type + " is not told to residents");
        };
    }

    /** Sends one notice through the channel's plugin, retried while the other side cannot be reached. */
    @ApplicationScoped
    public static class Messenger {

        @Inject
        CommunityFeatures features;

        @Asynchronous
        @Retry(maxRetries = 4, delay = 2, delayUnit = ChronoUnit.SECONDS, jitter = 500, jitterDelayUnit = ChronoUnit.MILLIS,
                retryOn = ChannelUnreachableException.class)
        public CompletionStage<ProgressReply> tell(NeedProgressed progress) {
            ProgressNotice notice = new ProgressNotice(progress.externalId(), progress.reference(), words(progress.type()),
                    progress.note());
            ProgressReply reply = features.call(progress.community(), progress.channel(), IntakeChannel.class,
                    channel -> channel.progress(notice));
            if (reply instanceof ProgressReply.Failed failed) {
                throw new ChannelUnreachableException(failed.reason());
            }
            return CompletableFuture.completedFuture(reply);
        }
    }

    /** The channel's other side could not be reached or refused; worth another try. */
    public static class ChannelUnreachableException extends RuntimeException {
        public ChannelUnreachableException(String reason) {
            super(reason);
        }
    }
}
