package org.weimin.fund.application;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import org.weimin.fund.model.Campaign;
import org.weimin.fund.model.CampaignRepository;
import org.weimin.fund.model.DonationMethod;
import org.weimin.fund.model.Payment;
import org.weimin.fund.model.PaymentRepository;
import org.weimin.identity.application.InCommunity;
import org.weimin.platform.application.RetriedOnClash;
import org.weimin.spi.payment.PaymentNotice;
import org.weimin.tenancy.model.CommunityId;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * The transactions of an online payment, each short and without plugin code inside: storing it, noting the provider's
 * order, and settling it from a verified notification with the payment's row locked, so a notification repeated at once
 * waits for the first and then finds it paid.
 */
@ApplicationScoped
class PaymentBook {

    /** What a notification came to. */
    enum Settled { POSTED, ALREADY_PAID, FAILED, UNKNOWN }

    @Inject
    PaymentRepository payments;

    @Inject
    CampaignRepository campaigns;

    @Inject
    CampaignGifts gifts;

    @Inject
    FundIncome income;

    @Inject
    Clock clock;

    @InCommunity
    @Transactional
    Payment create(CommunityId community, String channel, UUID campaignId, long amountFen, String donorName, boolean anonymous) {
        String description = "社区微基金捐款";
        if (campaignId != null) {
            Campaign campaign = campaigns.find(campaignId).orElseThrow(() -> CampaignGifts.notFound(campaignId));
            campaign.requireRoomFor(amountFen, clock.instant());
            description = "为「" + campaign.title() + "」众筹捐款";
        }
        Payment payment = Payment.start(channel, campaignId, amountFen, donorName, anonymous, description, clock.instant());
        payments.add(payment);
        return payment;
    }

    @InCommunity
    @Transactional
    Payment ordered(CommunityId community, UUID paymentId, String reference, String payUrl) {
        Payment payment = payments.lock(paymentId).orElseThrow();
        payment.ordered(reference, payUrl);
        return payment;
    }

    @InCommunity
    @Transactional
    Optional<Payment> find(CommunityId community, UUID paymentId) {
        return payments.find(paymentId);
    }

    @RetriedOnClash
    @InCommunity
    @Transactional
    Settled settle(CommunityId community, String channel, PaymentNotice notice) {
        String paymentId = notice instanceof PaymentNotice.Paid paid ? paid.paymentId() : ((PaymentNotice.Failed) notice).paymentId();
        Optional<Payment> found = uuid(paymentId).flatMap(payments::lock).filter(p -> p.channel().equals(channel));
        if (found.isEmpty()) {
            return Settled.UNKNOWN;
        }
        Payment payment = found.get();
        if (notice instanceof PaymentNotice.Failed failed) {
            payment.failed(failed.reason(), clock.instant());
            return Settled.FAILED;
        }
        if (!payment.paid(((PaymentNotice.Paid) notice).amountFen(), clock.instant())) {
            return Settled.ALREADY_PAID;
        }
        post(community, payment, ((PaymentNotice.Paid) notice).providerReference());
        return Settled.POSTED;
    }

    /** Into its campaign while the campaign still takes it; otherwise (funded or ended meanwhile) into the general donations. */
    private void post(CommunityId community, Payment payment, String reference) {
        String by = "payment:" + payment.channel();
        Campaign campaign = payment.campaignId() == null ? null : campaigns.find(payment.campaignId()).orElse(null);
        if (campaign != null && campaign.hasRoomFor(payment.amountFen(), clock.instant())) {
            gifts.receive(community, campaign.id(), new CampaignGifts.Gift(payment.amountFen(), payment.donorName(), null, payment.anonymous(),
                    DonationMethod.ONLINE, reference, null, by, payment.journalKey()));
            return;
        }
        income.receiveOnline(community, payment.amountFen(), payment.donorName(), payment.anonymous(), reference, payment.journalKey(),
                campaign == null ? "在线捐款" : "「" + campaign.title() + "」众筹已结束，在线捐款转入社区捐赠", by);
    }

    private static Optional<UUID> uuid(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException notOurs) {
            return Optional.empty();
        }
    }
}
