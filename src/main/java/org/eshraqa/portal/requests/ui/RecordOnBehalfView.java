package org.eshraqa.portal.requests.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import org.eshraqa.portal.requests.ServiceOffer;
import org.eshraqa.portal.requests.SupportRequests;
import org.eshraqa.portal.shared.Channel;
import org.eshraqa.portal.shared.InvalidInputException;

/**
 * The first step of recording a request for someone who came by phone, interview, letter or
 * social media (P-8): which service and which channel. The form itself follows. Combo boxes
 * rather than selects: an invalid select puts ARIA attributes on a button (web-components#7337).
 */
@Route("staff/requests/record")
@RolesAllowed("RELATIONS_OFFICER")
public class RecordOnBehalfView extends Div implements HasDynamicTitle {

    public RecordOnBehalfView(SupportRequests requests) {
        addClassNames("portal-page", "portal-narrow");
        setId("record-on-behalf-view");
        ComboBox<ServiceOffer> service = new ComboBox<>();
        service.setLabel(getTranslation("queue.filter.service"));
        service.setId("record-service");
        service.setItems(requests.catalogue());
        service.setItemLabelGenerator(s -> s.name(getLocale()));
        service.setWidthFull();
        ComboBox<Channel> channel = new ComboBox<>();
        channel.setLabel(getTranslation("queue.filter.channel"));
        channel.setId("record-channel");
        channel.setItems(Arrays.stream(Channel.values()).filter(c -> c != Channel.WEBSITE).toList());
        channel.setItemLabelGenerator(c -> getTranslation("channel." + c.name()));
        channel.setWidthFull();
        Button start = new Button(getTranslation("record.start"), e -> {
            service.setInvalid(service.getValue() == null);
            channel.setInvalid(channel.getValue() == null);
            if (service.getValue() == null || channel.getValue() == null) {
                service.setErrorMessage(getTranslation("field.required"));
                channel.setErrorMessage(getTranslation("field.required"));
                return;
            }
            try {
                long id = requests.recordOnBehalf(service.getValue().code(), channel.getValue());
                getUI().ifPresent(ui -> ui.navigate("staff/requests/" + id + "/edit"));
            } catch (InvalidInputException invalid) {
                channel.setErrorMessage(getTranslation(invalid.fieldErrors().values().iterator().next()));
                channel.setInvalid(true);
            }
        });
        start.setId("record-start");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H1(getTranslation("record.title")), new Paragraph(getTranslation("record.lead")), service, channel,
                start);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("record.title");
    }
}
