package org.eshraqa.portal.shared.casefile.ui;

import static org.eshraqa.portal.shared.ui.Panels.t;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import java.util.Collection;
import java.util.function.Function;
import org.eshraqa.portal.shared.Channel;

/**
 * The filter bar above a staff queue of cases: the states to show (the open ones when none is
 * chosen), choices with "any" as their empty value, and the bar that reloads the queue on change.
 */
public final class QueueFilters {

    private QueueFilters() {
    }

    /** The states to list; none chosen means the open ones, as the placeholder says. */
    public static <S> MultiSelectComboBox<S> states(MultiSelectComboBox<S> states, Collection<S> items,
                                                    Function<S, String> label, String placeholderKey) {
        states.setLabel(t("queue.filter.state"));
        states.setId("filter-state");
        states.setItems(items);
        states.setItemLabelGenerator(label::apply);
        states.setPlaceholder(t(placeholderKey));
        return states;
    }

    /** A choice whose empty value is "any". */
    public static <T> Select<T> any(Select<T> select, String id, String labelKey, Collection<T> items,
                                    Function<T, String> label) {
        select.setLabel(t(labelKey));
        select.setId(id);
        select.setItems(items);
        select.setItemLabelGenerator(v -> v == null ? t("queue.filter.any") : label.apply(v));
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(t("queue.filter.any"));
        return select;
    }

    /** The channel a case came by, or any. */
    public static Select<Channel> channel(Select<Channel> channel) {
        return any(channel, "filter-channel", "queue.filter.channel", java.util.List.of(Channel.values()),
                c -> t("channel." + c.name()));
    }

    /** The bar: each filter reloads the queue when it changes. */
    public static HorizontalLayout bar(Runnable refresh, Component... filters) {
        for (Component filter : filters) {
            if (filter instanceof HasValue<?, ?> value) {
                value.addValueChangeListener(e -> refresh.run());
            }
        }
        HorizontalLayout bar = new HorizontalLayout(filters);
        bar.setWrap(true);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.addClassName("portal-filters");
        return bar;
    }
}
