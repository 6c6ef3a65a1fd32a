package org.clinic.resource;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;
import java.util.UUID;
import org.clinic.entity.Appointment;
import org.clinic.entity.Patient;
import org.clinic.repository.PatientDao;

@Path("/patients")
public class PatientResource {

    @Inject
    PatientDao patients;

    @GET
    @Path("{id}")
    public Patient get(@PathParam("id") UUID id) {
        return patients.find(id);
    }

    @POST
    public void create(Patient patient) {
        patients.save(patient);
    }

    @GET
    @Path("{id}/appointments")
    public List<Appointment> appointments(@PathParam("id") UUID id) {
        return patients.appointments(id);
    }
}
