package org.clinic.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import java.time.LocalDateTime;

@Entity(name = "Visit")
public class Appointment {

    @Id
    private Long id;
    private LocalDateTime at;

    @ManyToOne
    private Patient patient;

    @ManyToOne
    private Doctor doctor;
}
