<#-- Java expressions shared by the spring-boot templates. -->
<#-- A neutral value of a field, for samples. -->
<#function sample field>
  <#if field.list><#return "List.of()"></#if>
  <#switch field.scalar>
    <#case "int"><#return "0">
    <#case "long"><#return "0L">
    <#case "decimal"><#return "BigDecimal.ZERO">
    <#case "boolean"><#return "false">
    <#case "date"><#return "LocalDate.EPOCH">
    <#case "datetime"><#return "Instant.EPOCH">
    <#case "uuid"><#return "new UUID(0L, 0L)">
    <#case "record"><#return "null">
    <#default><#return "\"\"">
  </#switch>
</#function>
<#-- The answer an endpoint's skeleton gives. -->
<#function response service endpoint>
  <#if endpoint.responseType == "Reply"><#return "new Reply(\"" + service.name?j_string + "\", \"" + endpoint.name?j_string + "\")"></#if>
  <#return endpoint.responseType + ".sample()">
</#function>
