package org.weimin.project.model;

/** How a micro-project is funded; each has its own flow. */
public enum FundingMode {
    /** 直接资助: approved, the budget committed from the fund, paid per milestone on its accepted deliverable. */
    DIRECT_FUNDING,
    /** 以奖代补: targets agreed and the reward reserved up front; the organisation works first; paid once the results are verified. */
    REWARD_IN_LIEU,
    /** 政府购买: a contract of deliverables, each with its price and acceptance criteria, paid on its acceptance. */
    GOVERNMENT_PURCHASE,
    /** 公益创投: proposed to a venture call, ranked by experts and households; a winner is paid per milestone like a grant. */
    PUBLIC_VENTURE
}
