package org.clinic.repository;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.UUID;
import org.clinic.entity.Appointment;
import org.clinic.entity.Patient;

public class PatientDao {

    @PersistenceContext
    private EntityManager em;

    public Patient find(UUID id) {
        return em.find(Patient.class, id);
    }

    public void save(Patient patient) {
        em.persist(patient);
    }

    public List<Appointment> appointments(UUID id) {
        return em.createQuery("SELECT v FROM Visit v WHERE v.patient.id = :id", Appointment.class)
                .setParameter("id", id).getResultList();
    }
}
