package org.eshraqa.portal.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** Without a provider a message goes to the log, and a one-time code in it never does. */
class LoggingSmsGatewayTest {

    @Test
    void theLogNeverShowsTheCodeNorTheWholeNumber() {
        Logger logger = (Logger) LoggerFactory.getLogger(LoggingSmsGateway.class);
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        logger.addAppender(appender);
        SmsGateway.SmsReceipt receipt;
        try {
            receipt = new LoggingSmsGateway().deliver("+966512345678", "رمزك 042917", "042917", "claim-code:8");
        } finally {
            logger.detachAppender(appender);
        }
        assertThat(appender.list).singleElement().satisfies(e -> assertThat(e.getFormattedMessage())
                .doesNotContain("042917").doesNotContain("512345678").contains("••••••").contains("claim-code:8"));
        assertThat(receipt.segments()).isEqualTo(1);
        assertThat(receipt.providerMessageId()).isNull();
    }
}
