package org.bakery.order.ws;

import javax.websocket.Decoder;
import javax.websocket.EndpointConfig;
import org.bakery.order.StatusMessage;

public class StatusDecoder implements Decoder.Text<StatusMessage> {

    @Override
    public StatusMessage decode(String text) {
        return new StatusMessage();
    }

    @Override
    public boolean willDecode(String text) {
        return text != null;
    }

    @Override
    public void init(EndpointConfig config) {
    }

    @Override
    public void destroy() {
    }
}
