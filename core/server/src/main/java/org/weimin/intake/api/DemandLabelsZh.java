package org.weimin.intake.api;

import org.weimin.demand.model.ServiceCategory;

import jakarta.enterprise.context.ApplicationScoped;

/** The Chinese names of service categories, as outside systems (Open311 clients) show them. */
@ApplicationScoped
public class DemandLabelsZh {

    public String category(ServiceCategory category) {
        return switch (category) {
            case ELDERLY -> "养老助老";
            case CHILDREN -> "儿童关爱";
            case ENVIRONMENT -> "环境卫生";
            case SAFETY -> "平安安全";
            case FACILITIES -> "设施维修";
            case HEALTH -> "医疗健康";
            case CULTURE -> "文体活动";
            case EMPLOYMENT -> "就业帮扶";
            case DISPUTES -> "邻里纠纷";
            case PARKING -> "停车出行";
        };
    }
}
