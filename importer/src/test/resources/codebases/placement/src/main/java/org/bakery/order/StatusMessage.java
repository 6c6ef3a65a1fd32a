package org.bakery.order;

/**
 * What the order socket receives: a data class beside the entities, taken by a handler whose
 * class holds a web socket Session, which is no Hibernate session. A message, not an entity.
 */
public class StatusMessage {

    private long orderId;
    private String status;

    public long getOrderId() {
        return orderId;
    }

    public String getStatus() {
        return status;
    }
}
