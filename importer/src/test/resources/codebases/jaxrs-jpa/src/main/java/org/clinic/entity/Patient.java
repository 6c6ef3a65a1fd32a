package org.clinic.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.LocalDate;
import java.util.UUID;

@Entity
public class Patient {

    @Id
    private UUID id;
    private String name;
    private LocalDate born;
}
