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
<#-- The Java value filling an argument: the identifier of the request, or a new one. -->
<#function value argument>
  <#if !argument.hasValue()><#return "UUID.randomUUID().toString()"></#if>
  <#if argument.source == "event"><#return "event." + argument.value + "()"></#if>
  <#return argument.value>
</#function>
<#-- The same, null when the request has none (for bodies and event fields). -->
<#function valueOrNull argument>
  <#if !argument.hasValue()><#return "null"></#if>
  <#return value(argument)>
</#function>
<#-- A JSON body carrying the given identifiers. -->
<#function body arguments>
  <#if !arguments?has_content><#return "Downstream.fields()"></#if>
  <#local pairs = []>
  <#list arguments as a><#local pairs = pairs + ["\"" + a.name?j_string + "\", " + valueOrNull(a)]></#list>
  <#return "Downstream.fields(" + pairs?join(", ") + ")">
</#function>
<#-- The arguments of a client call. -->
<#function callArguments call keySource>
  <#local args = []>
  <#list call.arguments as a><#local args = args + [value(a)]></#list>
  <#if call.hasBody><#local args = args + [body(call.body)]></#if>
  <#if !call.idempotent><#local args = args + ["Downstream.key(" + keySource + ", " + call.index?c + ")"]></#if>
  <#return args?join(", ")>
</#function>
<#-- The operation of the client that a call goes through. -->
<#function operation service call>
  <#list service.clients as client>
    <#if client.fieldName == call.clientField>
      <#list client.operations as op>
        <#if op.methodName == call.methodName><#return op></#if>
      </#list>
    </#if>
  </#list>
  <#stop "no client operation for " + call.clientField + "." + call.methodName>
</#function>
