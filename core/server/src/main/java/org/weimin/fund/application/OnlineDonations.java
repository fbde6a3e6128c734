package org.weimin.fund.application;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.weimin.fund.model.Payment;
import org.weimin.fund.model.PaymentStatus;
import org.weimin.plugin.application.CommunityFeatures;
import org.weimin.plugin.model.FeatureDescriptor;
import org.weimin.plugin.model.FeatureKind;
import org.weimin.shared.InvalidInputException;
import org.weimin.shared.NotFoundException;
import org.weimin.spi.payment.PaymentChannel;
import org.weimin.spi.payment.PaymentOrder;
import org.weimin.spi.payment.PaymentRequest;
import org.weimin.tenancy.application.CommunityAdministration;
import org.weimin.tenancy.application.CommunityNotFoundException;
import org.weimin.tenancy.model.CommunityId;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * A donor gives online, without an account: the payment is stored first (so every notification about it finds it),
 * then the community's payment channel makes the order the donor pays at. The plugin is called between the two
 * transactions, never inside one.
 */
@ApplicationScoped
public class OnlineDonations {

    /** An online payment as the donor follows it. */
    public record PaymentView(UUID id, PaymentStatus status, long amountFen, String description, String payUrl, UUID campaignId) {
        static PaymentView of(Payment p) {
            return new PaymentView(p.id(), p.status(), p.amountFen(), p.description(), p.payUrl(), p.campaignId());
        }
    }

    /**
     * @param campaignId the crowdfunding to give to, or null for the community's general donations
     * @param channel the payment channel's feature id, or null for the community's only one
     */
    public record Gift(UUID campaignId, long amountFen, String donorName, boolean anonymous, String channel) {
    }

    @Inject
    PaymentBook book;

    @Inject
    CommunityFeatures features;

    @Inject
    CommunityAdministration communities;

    @Inject
    @ConfigProperty(name = "weimin.public-url", defaultValue = "http://localhost:8080")
    String publicUrl;

    public PaymentView start(CommunityId community, Gift gift) {
        if (!communities.isActive(community)) {
            throw new CommunityNotFoundException(community.value());
        }
        String channel = channel(community, gift.channel());
        Payment payment = book.create(community, channel, gift.campaignId(), gift.amountFen(), gift.donorName(), gift.anonymous());
        String base = publicUrl.replaceAll("/+$", "");
        PaymentOrder order = features.call(community, channel, PaymentChannel.class, c -> c.order(new PaymentRequest(payment.id().toString(),
                payment.amountFen(), payment.description(), base + "/api/v1/t/" + community + "/fund/payments/notifications/" + channel,
                base + "/t/" + community + "/fund/payments/" + payment.id())));
        return PaymentView.of(book.ordered(community, payment.id(), order.providerReference(), order.payUrl()));
    }

    /** Whether the community takes online donations: it has turned a payment channel on. */
    public boolean offered(CommunityId community) {
        return communities.isActive(community) && !features.enabled(community, FeatureKind.PAYMENT_CHANNEL).isEmpty();
    }

    /** Anyone holding a payment's id may follow it (the id is not guessable). */
    public PaymentView payment(CommunityId community, UUID id) {
        return book.find(community, id).map(PaymentView::of).orElseThrow(() -> new NotFoundException("no payment " + id + " here"));
    }

    private String channel(CommunityId community, String wanted) {
        List<String> enabled = features.enabled(community, FeatureKind.PAYMENT_CHANNEL).stream().map(FeatureDescriptor::featureId).toList();
        if (enabled.isEmpty()) {
            throw new NotFoundException("this community takes no online payments");
        }
        if (wanted == null || wanted.isBlank()) {
            if (enabled.size() > 1) {
                throw new InvalidInputException("channel", "choose one of " + String.join(", ", enabled));
            }
            return enabled.get(0);
        }
        if (!enabled.contains(wanted.strip())) {
            throw new InvalidInputException("channel", "is " + wanted + ": choose one of " + String.join(", ", enabled));
        }
        return wanted.strip();
    }
}
