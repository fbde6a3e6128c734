package org.weimin.fund.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.weimin.fund.application.CampaignDonations;
import org.weimin.fund.application.Crowdfunding;
import org.weimin.fund.application.FundCorrections;
import org.weimin.fund.application.FundEntries;
import org.weimin.fund.application.FundIncome;
import org.weimin.fund.application.FundReports;
import org.weimin.fund.application.FundViews;
import org.weimin.fund.application.MatchSettings;
import org.weimin.fund.model.DonationMethod;
import org.weimin.fund.model.MatchRules;
import org.weimin.identity.api.Callers;
import org.weimin.platform.api.AtMost;
import org.weimin.platform.api.BodyIds;
import org.weimin.platform.api.Days;
import org.weimin.platform.api.Fen;
import org.weimin.platform.api.PathIds;
import org.weimin.shared.InvalidInputException;
import org.weimin.tenancy.model.CommunityId;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

/** The community's micro-fund (微基金): money in, corrections, the journal, the public statement and the chain's verification. */
@Path("/v1/t/{community}/fund")
@Tag(name = "Micro-fund")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class FundResource {

    /** @param amountFen a whole number of fen (1 yuan = 100 fen); document: the allocation document's number */
    public record Subsidy(BigDecimal amountFen, @AtMost(100) String document, @AtMost(500) String note) {
    }

    /** @param method CASH, BANK_TRANSFER or GOODS; namedFundId: a named fund, or none for the fund in general */
    public record DonationBody(BigDecimal amountFen, @AtMost(100) String donorName, Boolean anonymous, @AtMost(20) String method,
                               @AtMost(100) String receiptNo, @AtMost(300) String goods, @AtMost(40) String namedFundId) {
    }

    public record NamedFund(@AtMost(100) String name) {
    }

    public record Reason(@AtMost(500) String reason) {
    }

    /**
     * @param factorNumerator yuan of subsidy for factorDenominator yuan given (1 and 1 by default); the caps are in fen, empty
     *                        for none; a threshold grant is paid once thresholdPercent of the target or thresholdDonors is reached
     */
    public record RulesBody(Integer factorNumerator, Integer factorDenominator, BigDecimal donationCapFen, BigDecimal projectCapFen,
                            BigDecimal donorCapFen, BigDecimal thresholdGrantFen, Integer thresholdPercent, Integer thresholdDonors) {

        MatchRules rules() {
            return MatchRules.of(orDefault(factorNumerator, 1), orDefault(factorDenominator, 1), cap(donationCapFen, "donationCapFen"),
                    cap(projectCapFen, "projectCapFen"), cap(donorCapFen, "donorCapFen"),
                    thresholdGrantFen == null ? 0 : Fen.parse(thresholdGrantFen, "thresholdGrantFen"), orDefault(thresholdPercent, 0),
                    orDefault(thresholdDonors, 0));
        }

        private static int orDefault(Integer value, int otherwise) {
            return value == null ? otherwise : value;
        }

        private static Long cap(BigDecimal fen, String field) {
            return fen == null ? null : Fen.parse(fen, field);
        }
    }

    @Inject
    FundIncome income;

    @Inject
    FundCorrections corrections;

    @Inject
    FundEntries entries;

    @Inject
    FundReports reports;

    @Inject
    MatchSettings matching;

    @Inject
    Crowdfunding crowdfunding;

    @Inject
    CampaignDonations campaignDonations;

    @Inject
    Callers callers;

    @Context
    SecurityContext security;

    @GET
    @Path("/accounts")
    @Operation(summary = "The fund's accounts with their balances in fen (staff)")
    public List<FundViews.Account> accounts(@PathParam("community") CommunityId community) {
        return reports.accounts(community, callers.require(security));
    }

    @GET
    @Path("/entries")
    @Operation(summary = "The journal, newest first: every entry balanced, with its lines, donor, hash and the hash before it (staff)")
    public FundViews.Journal journal(@PathParam("community") CommunityId community, @QueryParam("offset") @DefaultValue("0") int offset,
                                     @QueryParam("limit") @DefaultValue("50") int limit) {
        return entries.journal(community, callers.require(security), offset, limit);
    }

    @POST
    @Path("/subsidies")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record the government subsidy received into the pool (the cadre), resting on its allocation document")
    public Response subsidy(@PathParam("community") CommunityId community, @Valid Subsidy body) {
        if (body == null) {
            throw new InvalidInputException("amountFen", "send {\"amountFen\": ..., \"document\": ...}");
        }
        return created(income.recordSubsidy(community, callers.require(security), Fen.parse(body.amountFen(), "amountFen"), body.document(), body.note()));
    }

    @POST
    @Path("/donations")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a donation from its receipt (staff): cash, bank transfer or goods at a stated value; anonymous on public pages if asked")
    public Response donation(@PathParam("community") CommunityId community, @Valid DonationBody body) {
        if (body == null) {
            throw new InvalidInputException("amountFen", "send {\"amountFen\": ..., \"method\": ..., \"receiptNo\": ..., \"donorName\": ...}");
        }
        DonationMethod method = method(body.method());
        UUID namedFund = body.namedFundId() == null ? null : BodyIds.uuid(body.namedFundId(), "namedFundId");
        return created(income.recordDonation(community, callers.require(security), new FundIncome.DonationReceipt(Fen.parse(body.amountFen(), "amountFen"),
                body.donorName(), Boolean.TRUE.equals(body.anonymous()), method, body.receiptNo(), body.goods(), namedFund)));
    }

    @POST
    @Path("/named-funds")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Open a named fund (冠名基金) under the donor's naming (the cadre)")
    public Response namedFund(@PathParam("community") CommunityId community, @Valid NamedFund body) {
        return Response.status(Response.Status.CREATED).entity(income.openNamedFund(community, callers.require(security),
                body == null ? null : body.name())).build();
    }

    @POST
    @Path("/entries/{id}/reversal")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Reverse an entry exactly, once, saying why (the cadre): the only correction the journal knows")
    public Response reverse(@PathParam("community") CommunityId community, @PathParam("id") String id, @Valid Reason body) {
        return created(corrections.reverse(community, callers.require(security), PathIds.uuid(id, "no such fund entry here"),
                body == null ? null : body.reason()));
    }

    @GET
    @Path("/match-rules")
    @Operation(summary = "How the subsidy matches donations to crowdfunding projects (staff): factor, caps and threshold grant")
    public FundViews.Rules matchRules(@PathParam("community") CommunityId community) {
        return matching.current(community, callers.require(security));
    }

    @PUT
    @Path("/match-rules")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set the match rules (the cadre); campaigns already open keep the rules they opened with")
    public FundViews.Rules setMatchRules(@PathParam("community") CommunityId community, RulesBody body) {
        return matching.change(community, callers.require(security), body == null ? null : body.rules());
    }

    @GET
    @Path("/campaigns")
    @Operation(summary = "The crowdfunding campaigns, for anyone, open ones first: target, raised, matched, donors, and whether the pool ran short")
    public List<FundViews.Campaign> campaigns(@PathParam("community") CommunityId community) {
        return crowdfunding.campaigns(community);
    }

    @POST
    @Path("/campaigns/{id}/donations")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a donation to a crowdfunding campaign from its receipt (staff); the pool matches it by the campaign's rules")
    public Response campaignDonation(@PathParam("community") CommunityId community, @PathParam("id") String id, @Valid DonationBody body) {
        if (body == null) {
            throw new InvalidInputException("amountFen", "send {\"amountFen\": ..., \"method\": ..., \"receiptNo\": ..., \"donorName\": ...}");
        }
        UUID namedFund = body.namedFundId() == null ? null : BodyIds.uuid(body.namedFundId(), "namedFundId");
        return Response.status(Response.Status.CREATED).entity(campaignDonations.record(community, callers.require(security),
                PathIds.uuid(id, "no such crowdfunding campaign here"), new FundIncome.DonationReceipt(Fen.parse(body.amountFen(), "amountFen"),
                        body.donorName(), Boolean.TRUE.equals(body.anonymous()), method(body.method()), body.receiptNo(), body.goods(), namedFund))).build();
    }

    @GET
    @Path("/statement")
    @Operation(summary = "The public statement of a period, for anyone (from and to are days, both included; this year by default): "
            + "sources and uses, leverage, balances, every entry (anonymous donors unnamed) and the chain head")
    public FundViews.Statement statement(@PathParam("community") CommunityId community, @QueryParam("from") String from,
                                         @QueryParam("to") String to) {
        return reports.statement(community, Days.parse(from, "from"), Days.parse(to, "to"));
    }

    @GET
    @Path("/verification")
    @Operation(summary = "Recompute the community's chain, for anyone: whether it holds, its head, and the first entry that fails")
    public FundViews.Verification verify(@PathParam("community") CommunityId community) {
        return reports.verify(community);
    }

    private static Response created(FundViews.Entry entry) {
        return Response.status(Response.Status.CREATED).entity(entry).build();
    }

    /** An amount as the client sent it: only a whole number of fen is one. */
    static long fen(BigDecimal amount) {
        if (amount == null) {
            throw new InvalidInputException("amountFen", "is missing: the amount in fen (1 yuan = 100 fen)");
        }
        try {
            return amount.longValueExact();
        } catch (ArithmeticException notWhole) {
            throw new InvalidInputException("amountFen", "is " + amount.toPlainString() + ": amounts are whole numbers of fen");
        }
    }

    private static DonationMethod method(String method) {
        if (method == null) {
            throw new InvalidInputException("method", "is missing: CASH, BANK_TRANSFER or GOODS");
        }
        try {
            return DonationMethod.valueOf(method.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("method", "is " + method + ": CASH, BANK_TRANSFER or GOODS");
        }
    }
}
