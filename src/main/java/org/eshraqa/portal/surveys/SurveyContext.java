package org.eshraqa.portal.surveys;

import java.util.EnumMap;
import java.util.Map;
import org.eshraqa.portal.shared.CaseFacts;

/**
 * Where a rating belongs: its trigger, and what is known of the service it rates. Copied onto the
 * invitation and the response, so every breakdown is a plain column.
 */
record SurveyContext(TriggerType trigger, String serviceCode, String channel, String region, String step,
                     Long staffAccountId, String team) {

    static SurveyContext of(TriggerType trigger, CaseFacts facts, SurveyStep step, String team) {
        return new SurveyContext(trigger, facts.serviceCode(), facts.channel() == null ? null : facts.channel().name(),
                facts.region() == null ? null : facts.region().name(), step.name(), facts.staffAccountId(), team);
    }

    /** The value this context has for each dimension it has a value for. */
    Map<Dimension, String> values() {
        Map<Dimension, String> values = new EnumMap<>(Dimension.class);
        values.put(Dimension.TRIGGER, trigger.name());
        put(values, Dimension.SERVICE, serviceCode);
        put(values, Dimension.CHANNEL, channel);
        put(values, Dimension.REGION, region);
        put(values, Dimension.STEP, step);
        put(values, Dimension.TEAM, team);
        put(values, Dimension.STAFF, staffAccountId == null ? null : String.valueOf(staffAccountId));
        return values;
    }

    private static void put(Map<Dimension, String> values, Dimension dimension, String value) {
        if (value != null && !value.isBlank()) {
            values.put(dimension, value);
        }
    }
}
