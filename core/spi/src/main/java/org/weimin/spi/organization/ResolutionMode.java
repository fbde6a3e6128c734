package org.weimin.spi.organization;

import org.weimin.spi.LocalizedText;

/** The ways a need is resolved, grouped by track (微心愿, 微事务, 微项目), that an organisation can take on. */
public enum ResolutionMode {
    HEART_TO_HEART(Track.WISH, "连心解忧", "Heart-to-heart pairing"),
    VOLUNTEER_MUTUAL_AID(Track.WISH, "志愿互助", "Volunteer mutual aid"),
    VILLAGE_PAIRING(Track.WISH, "联村结对", "Pairing with villages"),
    MERCHANT_RESIDENT_LINKAGE(Track.WISH, "商居联动", "Merchant-resident linkage"),
    ROUTINE_AFFAIR(Track.AFFAIR, "常规事项常规办", "Routine matters handled at once"),
    SCHEDULED_AFFAIR(Track.AFFAIR, "一般事项定期办", "General matters handled on a schedule"),
    JOINT_MEETING(Track.AFFAIR, "重大事项联席办", "Major matters by joint meeting"),
    DIRECT_FUNDING(Track.PROJECT, "直接资助", "Direct funding"),
    REWARD_IN_LIEU_OF_SUBSIDY(Track.PROJECT, "以奖代补", "Reward in lieu of subsidy"),
    GOVERNMENT_PURCHASE(Track.PROJECT, "政府购买", "Government purchase of services"),
    VENTURE_COMPETITION(Track.PROJECT, "公益创投", "Public-welfare venture competition"),
    PROJECT_CO_FUNDING(Track.PROJECT, "项目共建出资", "Co-funding projects");

    /** The three tracks a need can take. */
    public enum Track { WISH, AFFAIR, PROJECT }

    private final Track track;
    private final LocalizedText label;

    ResolutionMode(Track track, String zh, String en) {
        this.track = track;
        this.label = LocalizedText.of(zh, en);
    }

    public Track track() {
        return track;
    }

    public LocalizedText label() {
        return label;
    }
}
