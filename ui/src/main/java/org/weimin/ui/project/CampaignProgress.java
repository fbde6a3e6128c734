package org.weimin.ui.project;

import java.time.ZoneId;

import org.weimin.fund.application.FundViews;
import org.weimin.fund.model.CampaignStatus;
import org.weimin.ui.shell.Money;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;

/**
 * A crowdfunding campaign at a glance: where it stands, a bar of what was raised against the target, the donations, the
 * pool's match and the threshold grant, the donors, the deadline, and whether the subsidy pool ran short.
 */
final class CampaignProgress extends Div {

    CampaignProgress(FundViews.Campaign campaign, ZoneId zone) {
        addClassName("campaign-progress");
        getElement().setAttribute("data-campaign", campaign.title());
        Span status = new Span(getTranslation("campaign-status." + campaign.status().name()));
        status.getElement().getThemeList().add(switch (campaign.status()) {
            case OPEN -> "badge";
            case FUNDED, TAKEN -> "badge success";
            case MISSED, CANCELLED -> "badge contrast";
        });
        Div facts = new Div(status, new Span(getTranslation("campaign.deadline",
                campaign.deadline().atZone(zone).toLocalDate().minusDays(1).toString())));
        facts.addClassName("facts-line");
        ProgressBar bar = new ProgressBar(0, campaign.targetFen(), campaign.raisedFen());
        bar.getElement().setAttribute("aria-label", getTranslation("campaign.bar", Money.yuan(campaign.raisedFen()), Money.yuan(campaign.targetFen())));
        Paragraph raised = new Paragraph(getTranslation("campaign.raised", Money.yuan(campaign.raisedFen()), Money.yuan(campaign.targetFen())));
        raised.addClassName("figure-line");
        raised.addClassName("campaign-raised");
        Paragraph parts = new Paragraph(campaign.grantedFen() == 0
                ? getTranslation("campaign.parts", Money.yuan(campaign.donatedFen()), Money.yuan(campaign.matchedFen()), campaign.donors())
                : getTranslation("campaign.parts.granted", Money.yuan(campaign.donatedFen()), Money.yuan(campaign.matchedFen()),
                        Money.yuan(campaign.grantedFen()), campaign.donors()));
        parts.addClassName("campaign-parts");
        add(facts, raised, bar, parts);
        if (campaign.poolRanShort()) {
            Paragraph shortNote = new Paragraph(getTranslation("campaign.pool-short"));
            shortNote.addClassName("campaign-pool-short");
            add(shortNote);
        }
        if (campaign.status() == CampaignStatus.MISSED || campaign.status() == CampaignStatus.CANCELLED) {
            add(new Paragraph(getTranslation("campaign.refunded")));
        }
    }
}
