package org.weimin.fund.application;

import org.weimin.identity.model.Caller;
import org.weimin.identity.model.Permission;
import org.weimin.shared.ForbiddenActionException;
import org.weimin.tenancy.application.CommunityDirectory;
import org.weimin.tenancy.model.Community;
import org.weimin.tenancy.model.CommunityId;
import org.weimin.tenancy.application.CommunityNotFoundException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Who may do what with a community's fund: staff record donations, the cadre the subsidy and corrections; anyone reads the statement. */
@ApplicationScoped
public class FundAccess {

    @Inject
    CommunityDirectory communities;

    void requirePublic(CommunityId community) {
        if (communities.find(community).filter(Community::isActive).isEmpty()) {
            throw new CommunityNotFoundException(community.value());
        }
    }

    static void requireStaff(Caller caller) {
        if (caller.community().isEmpty() || !caller.permissions().contains(Permission.TRIAGE_NEEDS)) {
            throw new ForbiddenActionException("only the community's staff keep the fund's books");
        }
    }

    static void requireCadre(Caller caller) {
        if (caller.community().isEmpty() || !caller.permissions().contains(Permission.MANAGE_COMMUNITY)) {
            throw new ForbiddenActionException("only the community's cadre records the subsidy and corrects entries");
        }
    }
}
