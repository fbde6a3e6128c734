package org.weimin.plugins.organization;

import static org.weimin.spi.organization.ResolutionMode.*;

import java.util.List;
import java.util.Set;

import org.pf4j.Extension;
import org.weimin.spi.LocalizedText;
import org.weimin.spi.form.Field;
import org.weimin.spi.form.FieldError;
import org.weimin.spi.form.Option;

/** The six standard micro-organisation types (微组织) named in the platform's design. */
final class OrganizationTypes {

    private OrganizationTypes() {
    }

    static Field memberCount() {
        return Field.integer("memberCount", LocalizedText.of("成员人数", "Members")).asRequired().withRange(1, 100000);
    }

    static Option option(String value, String zh, String en) {
        return new Option(value, LocalizedText.of(zh, en));
    }

    @Extension
    public static class CommunitySocialOrganization extends StandardOrganizationType {
        public CommunitySocialOrganization() {
            super("org-type.community-social", LocalizedText.of("社区社会组织", "Community social organisation"),
                    LocalizedText.of("在民政部门登记或在街道备案的社区社会组织。", "Registered with civil affairs or filed with the sub-district."),
                    List.of(Field.text("registrationNumber", LocalizedText.of("登记证号或备案号", "Registration or filing number"))
                                    .asRequired().withRange(5, 30),
                            Field.choice("registeredWith", LocalizedText.of("登记方式", "Registered with"),
                                    option("civil-affairs", "民政部门登记", "Civil affairs bureau"),
                                    option("sub-district", "街道备案", "Filed with the sub-district")).asRequired(),
                            Field.longText("serviceScope", LocalizedText.of("服务范围", "Scope of service")).asRequired().withRange(4, 500),
                            memberCount()),
                    Set.of(VOLUNTEER_MUTUAL_AID, ROUTINE_AFFAIR, SCHEDULED_AFFAIR, GOVERNMENT_PURCHASE, VENTURE_COMPETITION),
                    StandardOrganizationType::noFurtherChecks);
        }
    }

    @Extension
    public static class SelfGovernanceOrganization extends StandardOrganizationType {
        public SelfGovernanceOrganization() {
            super("org-type.self-governance", LocalizedText.of("居民自治组织", "Self-governance organisation"),
                    LocalizedText.of("业主委员会、居民小组、楼道自治小组、互助站等。", "Owners' committees, residents' groups, stairwell groups, self-help stations."),
                    List.of(Field.choice("form", LocalizedText.of("组织形式", "Form"),
                                    option("owners-committee", "业主委员会", "Owners' committee"),
                                    option("residents-group", "居民小组", "Residents' group"),
                                    option("stairwell-group", "楼道自治小组", "Stairwell group"),
                                    option("self-help-station", "居民自治互助站", "Self-help station")).asRequired(),
                            Field.text("coverage", LocalizedText.of("覆盖范围（楼栋）", "Buildings covered")).asRequired().withRange(1, 200),
                            memberCount()),
                    Set.of(ROUTINE_AFFAIR, SCHEDULED_AFFAIR, JOINT_MEETING, VOLUNTEER_MUTUAL_AID),
                    StandardOrganizationType::noFurtherChecks);
        }
    }

    @Extension
    public static class VolunteerOrganization extends StandardOrganizationType {
        public VolunteerOrganization() {
            super("org-type.volunteer", LocalizedText.of("志愿服务组织", "Volunteer organisation"),
                    LocalizedText.of("认领微心愿、开展志愿互助的志愿者队伍。", "Volunteer teams that claim wishes and give mutual aid."),
                    List.of(Field.multiChoice("serviceAreas", LocalizedText.of("服务领域", "Service areas"),
                                    option("elderly", "养老助老", "Elderly care"), option("children", "儿童关爱", "Children"),
                                    option("environment", "环境卫生", "Environment"), option("safety", "平安巡防", "Safety"),
                                    option("health", "健康服务", "Health"), option("culture", "文化活动", "Culture"),
                                    option("repair", "便民维修", "Small repairs")).asRequired(),
                            Field.integer("volunteerCount", LocalizedText.of("注册志愿者人数", "Registered volunteers")).asRequired().withRange(1, 100000),
                            Field.multiChoice("availableDays", LocalizedText.of("可服务时间", "Available on"),
                                    option("weekday", "工作日", "Weekdays"), option("weekend", "周末", "Weekends"),
                                    option("evening", "晚间", "Evenings"))),
                    Set.of(VOLUNTEER_MUTUAL_AID, HEART_TO_HEART, VILLAGE_PAIRING),
                    StandardOrganizationType::noFurtherChecks);
        }
    }

    @Extension
    public static class ResidentUnit extends StandardOrganizationType {
        public ResidentUnit() {
            super("org-type.resident-unit", LocalizedText.of("驻区单位", "Resident unit"),
                    LocalizedText.of("辖区内的机关、企事业单位、学校、医院，可签订共建协议、共同出资。",
                            "Offices, companies, schools and hospitals in the area; may sign a co-building agreement and co-fund projects."),
                    List.of(Field.choice("unitKind", LocalizedText.of("单位类型", "Kind of unit"),
                                    option("government", "机关", "Government office"), option("enterprise", "企业", "Enterprise"),
                                    option("school", "学校", "School"), option("hospital", "医院", "Hospital"),
                                    option("other", "其他", "Other")).asRequired(),
                            Field.bool("coBuildingAgreement", LocalizedText.of("已签订共建协议", "Co-building agreement signed")).withDefault("false"),
                            Field.date("agreementValidUntil", LocalizedText.of("协议有效期至", "Agreement valid until")),
                            Field.longText("resourcesOffered", LocalizedText.of("可提供的资源", "Resources offered")).asRequired().withRange(4, 500),
                            Field.bool("canCoFund", LocalizedText.of("可共同出资微项目", "Can co-fund micro-projects")).withDefault("false")),
                    Set.of(PROJECT_CO_FUNDING, DIRECT_FUNDING, VOLUNTEER_MUTUAL_AID, JOINT_MEETING),
                    attributes -> Boolean.TRUE.equals(attributes.get("coBuildingAgreement")) && attributes.get("agreementValidUntil") == null
                            ? List.of(new FieldError("agreementValidUntil", LocalizedText.of("已签共建协议时请填写协议有效期",
                            "give the agreement's end date when an agreement is signed")))
                            : List.of());
        }
    }

    @Extension
    public static class MassOrganization extends StandardOrganizationType {
        public MassOrganization() {
            super("org-type.mass-organization", LocalizedText.of("群团组织", "Mass organisation"),
                    LocalizedText.of("工会、共青团、妇联在社区的组织。", "Trade union, youth league and women's federation bodies in the community."),
                    List.of(Field.choice("kind", LocalizedText.of("群团类别", "Kind"),
                                    option("trade-union", "工会", "Trade union"), option("youth-league", "共青团", "Youth league"),
                                    option("womens-federation", "妇联", "Women's federation")).asRequired(),
                            Field.text("parentBody", LocalizedText.of("上级组织", "Parent body")).asRequired().withRange(2, 100),
                            memberCount()),
                    Set.of(VOLUNTEER_MUTUAL_AID, HEART_TO_HEART, JOINT_MEETING, VENTURE_COMPETITION),
                    StandardOrganizationType::noFurtherChecks);
        }
    }

    @Extension
    public static class Merchant extends StandardOrganizationType {
        public Merchant() {
            super("org-type.merchant", LocalizedText.of("商户", "Merchant"),
                    LocalizedText.of("参与商居联动、为居民提供优惠或服务的商户。", "Shops that give residents discounts or services (merchant-resident linkage)."),
                    List.of(Field.text("businessLicence", LocalizedText.of("营业执照号", "Business licence number")).asRequired().withRange(8, 30),
                            Field.choice("businessType", LocalizedText.of("经营类别", "Kind of business"),
                                    option("catering", "餐饮", "Catering"), option("grocery", "超市便利", "Grocery"),
                                    option("housekeeping", "家政", "Housekeeping"), option("repair", "维修", "Repairs"),
                                    option("barber", "理发", "Barber"), option("pharmacy", "药店", "Pharmacy"),
                                    option("other", "其他", "Other")).asRequired(),
                            Field.longText("offer", LocalizedText.of("为居民提供的优惠或服务", "Discount or service offered to residents"))
                                    .asRequired().withRange(4, 300),
                            Field.integer("discountPercent", LocalizedText.of("折扣（%）", "Discount (%)")).withRange(0, 100),
                            Field.text("address", LocalizedText.of("店铺地址", "Address")).asRequired().withRange(4, 200)),
                    Set.of(MERCHANT_RESIDENT_LINKAGE),
                    StandardOrganizationType::noFurtherChecks);
        }
    }
}
