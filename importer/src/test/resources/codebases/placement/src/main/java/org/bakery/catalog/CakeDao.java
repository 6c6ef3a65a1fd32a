package org.bakery.catalog;

import java.util.List;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

public class CakeDao {

    @PersistenceContext
    private EntityManager em;

    public List<Cake> findAll() {
        return em.createQuery("SELECT c FROM Cake c", Cake.class).getResultList();
    }
}
