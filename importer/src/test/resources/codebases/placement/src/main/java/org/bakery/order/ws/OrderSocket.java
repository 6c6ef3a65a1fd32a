package org.bakery.order.ws;

import java.io.IOException;
import javax.websocket.OnMessage;
import javax.websocket.OnOpen;
import javax.websocket.Session;
import javax.websocket.server.ServerEndpoint;
import org.bakery.order.StatusMessage;

@ServerEndpoint(value = "/orders/status", decoders = StatusDecoder.class)
public class OrderSocket {

    private Session session;

    @OnOpen
    public void open(Session session) {
        this.session = session;
    }

    @OnMessage
    public void onMessage(StatusMessage message) throws IOException {
        session.getBasicRemote().sendText(message.getStatus());
    }
}
