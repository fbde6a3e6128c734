package org.weimin.plugins.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.weimin.spi.form.Settings;
import org.weimin.spi.organization.OrganizationType;
import org.weimin.spi.organization.ResolutionMode;
import org.weimin.spi.testkit.PluginArchitecture;
import org.weimin.spi.testkit.PluginTestKit;
import org.weimin.spi.testkit.TestPluginContext;

class OrganizationTypesTest {

    @TestFactory
    Stream<DynamicTest> everyTypeKeepsThePluginContract() {
        return PluginTestKit.contract(new OrganizationTypes.CommunitySocialOrganization(),
                new OrganizationTypes.SelfGovernanceOrganization(), new OrganizationTypes.VolunteerOrganization(),
                new OrganizationTypes.ResidentUnit(), new OrganizationTypes.MassOrganization(), new OrganizationTypes.Merchant());
    }

    @Test
    void aMerchantTakesWishesThroughMerchantResidentLinkage() {
        OrganizationType merchant = new OrganizationTypes.Merchant().create(new TestPluginContext(), Settings.none());
        assertThat(merchant.modes()).containsExactly(ResolutionMode.MERCHANT_RESIDENT_LINKAGE);
        var result = merchant.attributes().validate(Map.of("businessLicence", "91330100MA2A", "businessType", "barber",
                "offer", "60岁以上老人理发半价", "discountPercent", 50, "address", "文三路88号", "contactName", "王师傅",
                "contactPhone", "13800001111"));
        assertThat(result.errors()).isEmpty();
    }

    @Test
    void aResidentUnitWithAnAgreementMustSayUntilWhen() {
        OrganizationType unit = new OrganizationTypes.ResidentUnit().create(new TestPluginContext(), Settings.none());
        var attributes = unit.attributes().validate(Map.of("unitKind", "school", "coBuildingAgreement", true,
                "resourcesOffered", "周末开放操场", "contactName", "李老师", "contactPhone", "0571-8888888"));
        assertThat(attributes.errors()).isEmpty();
        assertThat(unit.check(attributes.values())).singleElement()
                .satisfies(error -> assertThat(error.field()).isEqualTo("agreementValidUntil"));
        assertThat(unit.modes()).contains(ResolutionMode.PROJECT_CO_FUNDING);
    }

    @Test
    void usesNothingOfThePlatformButTheSpi() {
        PluginArchitecture.assertUsesOnlyTheSpi("org.weimin.plugins.organization");
    }
}
