package org.bakery.order;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

public class OrderDao {

    @PersistenceContext
    private EntityManager em;

    public void save(CakeOrder order) {
        em.persist(order);
    }

    public CakeOrder find(long id) {
        return em.find(CakeOrder.class, id);
    }
}
