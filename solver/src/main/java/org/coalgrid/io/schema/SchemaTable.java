package org.coalgrid.io.schema;

import static org.coalgrid.io.schema.Kind.BOOLEAN;
import static org.coalgrid.io.schema.Kind.ENUM;
import static org.coalgrid.io.schema.Kind.INTEGER;
import static org.coalgrid.io.schema.Kind.NOTES;
import static org.coalgrid.io.schema.Kind.NUMBER;
import static org.coalgrid.io.schema.Kind.NUMBER_MAP;
import static org.coalgrid.io.schema.Kind.OBJECT;
import static org.coalgrid.io.schema.Kind.OBJECT_LIST;
import static org.coalgrid.io.schema.Kind.SOURCE;
import static org.coalgrid.io.schema.Kind.STRING;
import static org.coalgrid.io.schema.Kind.STRING_LIST;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.coalgrid.domain.Chain;
import org.coalgrid.domain.LoadProfile;
import org.coalgrid.domain.PlantType;
import org.coalgrid.domain.PolicyType;
import org.coalgrid.domain.Sense;
import org.coalgrid.domain.TimeStructure;
import org.coalgrid.domain.TransportMode;

/**
 * The instance format as data: every entity and field with type, unit, default, range and meaning
 * (compare PyPSA's component_attrs tables). Structural validation, defaults, the JSON Schema and
 * docs/instance-format.md are all derived from this one table. Field names equal the domain record
 * components; every entity except {@code instance} and {@code sourceRef} also takes {@code source} and
 * {@code notes}, which binding ignores.
 */
public final class SchemaTable {

  /** Name of the top-level entity. */
  public static final String ROOT = "instance";

  private static final Map<String, EntitySpec> ENTITIES = build();

  private SchemaTable() {}

  /** All entities, top-level first, in document order. */
  public static List<EntitySpec> entities() {
    return List.copyOf(ENTITIES.values());
  }

  public static EntitySpec entity(String name) {
    EntitySpec e = ENTITIES.get(name);
    if (e == null) {
      throw new IllegalArgumentException("no entity " + name);
    }
    return e;
  }

  private static Map<String, EntitySpec> build() {
    Map<String, EntitySpec> m = new LinkedHashMap<>();
    add(m, ROOT, "The whole instance: one planning year of the coal and power system.",
        obj("meta", "meta").req().means("Name, year, currency, defaults and the list of sources."),
        list("periods", "period").def(List.of()).min(1).means(
            "Slices of the year (blocks); their hours add up to meta.hoursInYear. Give periods or time, not both."),
        obj("time", "time").opt().means(
            "Representative days or a full chronological year, instead of periods (none = the periods are blocks)."),
        list("regions", "region").req().min(1).means("Nodes of the coal and power networks."),
        list("coalGrades", "coalGrade").def(List.of()).means("Coal products (raw, washed, byproducts)."),
        list("mines", "mine").def(List.of()).means("Mines and mining areas."),
        list("coalArcs", "coalArc").def(List.of()).means("Coal transport links."),
        list("plants", "plant").def(List.of()).means("Generating plants."),
        list("lines", "line").def(List.of()).means("Transmission corridors."),
        list("industries", "industry").def(List.of()).means("Energy-intensive industries of the chains."),
        list("directSupplies", "directSupply").def(List.of()).means("Direct supply 直供电 from plants to industries."),
        list("demands", "demand").def(List.of()).means("Electricity demand outside the modelled industries."),
        list("coalDemands", "coalDemand").def(List.of()).means("Coal demand outside the modelled chains."),
        list("exports", "export").def(List.of()).means("Export contracts 西电东送 with external regions."),
        list("policies", "policy").def(List.of()).means("Named policy constraints, each with a shadow price."),
        list("targets", "target").def(List.of()).means("Plan targets to compare the solution with (not constraints)."),
        obj("uncertainty", "uncertainty").opt().means("Hydro-year uncertainty: scenarios with probabilities, the first"
            + " stage, CVaR, a Monte Carlo distribution (none = one hydrology, the instance's own)."),
        obj("pathway", "pathway").opt().means("Years of a multi-year pathway (none = a single-year instance; see"
            + " docs/pathway.md): the rest of the file is the base year meta.year."));
    add(m, "meta", "Description of the case and instance-wide defaults.",
        str("name").req().means("Name of the case."),
        str("description").opt().means("What the case is about."),
        integer("year", "year").req().min(1900).max(2200).means("Planning year."),
        str("currency").def("CNY").means("Currency of all money figures."),
        num("hoursInYear", "h").def(8760).gt(0).means("What the period hours must add up to (8784 in a leap year)."),
        num("vollCnyPerMwh", "CNY/MWh").def(10000).min(0).means(
            "Default value of lost load for demands that give none (an assumption of this project, not a sourced figure)."),
        num("carbonPriceCnyPerTCo2", "CNY/t CO2").def(0).min(0).means("Price on CO2 from coal burned in plants."),
        list("sources", "sourceRef").def(List.of()).means("Sources that figures refer to by id."),
        notes());
    add(m, "sourceRef", "Where a figure comes from: a seed file and a verbatim quote, or an external reference.",
        str("id").opt().means("Id by which figures refer to this source."),
        str("file").opt().means("Seed file the figure is taken from."),
        str("quote").opt().means("Verbatim quote from the file."),
        str("title").opt().means("Title of an external reference (or free text)."),
        str("url").opt().means("Address of an external reference."),
        bool("external").def(false).means("True for a reference outside the seed files."));
    add(m, "period", "A slice of the year.",
        str("id").req().means("Period id."),
        num("hours", "h").req().gt(0).means("Hours of the year the period stands for."),
        str("season").opt().means("Free label such as wet 丰水期 or dry 枯水期."),
        str("block").opt().means("Free label of the load block (e.g. peak, offpeak)."));
    add(m, "time", "How the year is cut into chronological steps: representative days, or every day of a full"
            + " year. Each day has 24 / stepHours steps, with ids DAY-h00, DAY-h01, ...; they are the instance's"
            + " periods.",
        enumOf("form", new Enum<?>[] {TimeStructure.Form.REPRESENTATIVE_DAYS, TimeStructure.Form.FULL_YEAR})
            .def("REPRESENTATIVE_DAYS").means("REPRESENTATIVE_DAYS: each day stands for weight days of the year and"
                + " cycles on itself; FULL_YEAR: the days follow each other, cyclic over the year."),
        num("stepHours", "h").def(1).gt(0).max(24).means("Length of every step of a day: 1, 2, 3, 4, 6, 8, 12 or 24."),
        list("days", "day").def(List.of()).means("The days in order (FULL_YEAR: none = the days of meta.year's"
            + " calendar, d001 to d365 with their months)."),
        strList("calendar", "day").def(List.of()).means("The representative day of each day of the year, in order"
            + " (optional; default: the days in order, each repeated weight times); storage with interDay carries"
            + " energy between days along it."));
    add(m, "day", "A representative day (or a day of a full year).",
        str("id").req().means("Day id; its steps are ID-h00, ID-h01, ... (ID-hHH: the hour the step starts)."),
        num("weight", "days").def(1).gt(0).means("Days of the year the day stands for (1 in a full year); the"
            + " weights add up to meta.hoursInYear / 24."),
        integer("month", "month").opt().min(1).max(12).means(
            "Month 1..12 (reservoir hydro keeps its level and energy budget per month)."),
        str("season").opt().means("Free label such as wet 丰水期 or dry 枯水期 (reservoir stages when no month is given)."));
    add(m, "region", "A node of the coal and power networks.",
        str("id").req().means("Region id."),
        str("name").opt().means("Name."),
        str("nameZh").opt().means("Chinese name."),
        bool("external").def(false).means("A market outside the system (Guangdong for 西电东送, outside coal buyers or sellers)."),
        num("lon", "degrees").opt().min(-180).max(180).means(
            "Longitude (east positive), for the network map of the report; give both lon and lat or neither."),
        num("lat", "degrees").opt().min(-90).max(90).means(
            "Latitude (north positive), for the network map of the report; give both lon and lat or neither."));
    add(m, "coalGrade", "A coal product.",
        str("id").req().means("Grade id."),
        str("name").opt().means("Name."),
        num("tcePerT", "tce/t").req().gt(0).max(1.5).means("Tonnes of coal equivalent (7000 kcal/kg) per tonne."),
        num("sulfurPct", "%").def(0).min(0).max(100).means("Sulphur content by mass."),
        num("co2TPerTce", "t CO2/tce").def(2.66).min(0).means(
            "CO2 per tce burned (default: external reference, IPCC 2006 defaults, seed-facts G-C07)."),
        bool("byproduct").def(false).means("Washing byproduct: coal gangue 煤矸石, slurry 煤泥, middlings."));
    add(m, "mine", "A mine or mining area producing raw coal of one grade.",
        str("id").req().means("Mine id."),
        str("name").opt().means("Name."),
        str("region").req().ref("region").means("Region of the mine."),
        str("grade").req().ref("coalGrade").means("Grade of the raw coal."),
        num("capacityT", "t/yr").req().min(0).means("Most raw coal per year."),
        num("minOutputT", "t/yr").def(0).min(0).means("Least raw coal per year."),
        num("costCnyPerT", "CNY/t").req().min(0).means("Cost per raw tonne (purchase price for a mine in an external region)."),
        bool("large").def(false).means("Large mine, for 大煤保大电."),
        obj("washing", "washing").opt().means("Coal washing 洗选 at the mine (none = no washing)."),
        obj("build", "mineBuild").opt().means("Candidate expansion of the mine's capacity (integer units)."));
    add(m, "mineBuild", "A candidate mine (or washery) expansion: up to maxUnits units of unitT t/yr of raw-coal "
        + "capacity (raw coal mined, or washed) each.",
        num("unitT", "t/yr").req().gt(0).means("Raw-coal capacity of one unit."),
        integer("maxUnits", "count").req().min(1).means("Most units that may be built."),
        num("capexCnyPerTYr", "CNY/(t/yr)/yr").req().min(0).means(
            "Annualised capital cost per t/yr of capacity built."));
    add(m, "washing", "Coal washing 洗选: a share of raw output is washed into clean coal and byproduct (fixed, "
        + "or at most the share when the mine has a washery 洗煤厂 capacity or build).",
        num("washedShare", "share 0..1").req().share().means("Share of raw output that is washed; with capacityT or "
            + "build, the most of the raw output that can be washed (the tonnes washed are then a decision)."),
        str("cleanGrade").opt().ref("coalGrade").means("Grade of the washed (clean) coal; needed if washedShare > 0."),
        num("cleanYield", "t/t").req().share().means("Clean coal per tonne washed."),
        str("byproductGrade").opt().ref("coalGrade").means("Grade of the byproduct (coal gangue 煤矸石, slurry 煤泥)."),
        num("byproductYield", "t/t").def(0).share().means("Byproduct per tonne washed; cleanYield + byproductYield <= 1."),
        num("costCnyPerT", "CNY/t").def(0).min(0).means("Cost per tonne washed."),
        num("capacityT", "t/yr").opt().min(0).means("Washery 洗煤厂 capacity: most raw coal washed per year (none: "
            + "the fixed share is washed, unless a build is given)."),
        obj("build", "mineBuild").opt().means("Candidate washery expansion: units of unitT t/yr of raw coal washed."));
    add(m, "coalArc", "A directed coal transport link (rail out of the province is an arc into an external region).",
        str("id").req().means("Arc id."),
        str("from").req().ref("region").means("Region the coal leaves."),
        str("to").req().ref("region").means("Region the coal arrives in."),
        enumOf("mode", TransportMode.values()).req().means("Transport mode."),
        num("capacityT", "t/yr").opt().min(0).means("Most coal per year, all grades together (none = unlimited)."),
        num("costCnyPerT", "CNY/t").def(0).min(0).means("Transport cost per tonne sent."),
        num("lossShare", "share 0..1").def(0).share().means("Share of what leaves that is lost on the way."),
        strList("grades", "coalGrade").def(List.of()).means("Grades that may use the arc (empty = all)."));
    add(m, "plant", "A generating plant or a group of like units.",
        str("id").req().means("Plant id."),
        str("name").opt().means("Name."),
        str("region").req().ref("region").means("Region of the plant."),
        enumOf("type", PlantType.values()).req().means("Kind of plant; COAL, GANGUE and CHP burn coal."),
        num("capacityMw", "MW").req().min(0).means("Installed capacity before builds."),
        num("availability", "share 0..1").def(1).share().means("Share of capacity available in every period."),
        numMap("availabilityByPeriod", "period", "share 0..1").def(Map.of()).share().means(
            "Availability per period id, overriding availability."),
        num("heatRateGcePerKwh", "gce/kWh").def(0).min(0).means("Coal per kWh sent out; required > 0 for COAL, GANGUE, CHP."),
        strList("grades", "coalGrade").def(List.of()).means("Grades the plant can burn (coal-burning types only)."),
        num("minLoadShare", "share 0..1").def(0).share().means("Least output per unit online, with commitment."),
        num("vomCnyPerMwh", "CNY/MWh").def(0).min(0).means("Variable operation and maintenance cost."),
        num("fuelCostCnyPerMwh", "CNY/MWh").def(0).min(0).means("Non-coal fuel (gas) cost."),
        num("desulfurisationShare", "share 0..1").def(0).share().means("Share of SO2 removed (FGD)."),
        bool("large").def(false).means("Large plant, for 大煤保大电."),
        bool("commitment").def(false).means("Model units on/off (integer); needs unitMw or build."),
        num("unitMw", "MW").opt().gt(0).means("Size of one unit (none = build unit or whole plant)."),
        obj("hydro", "hydro").opt().means("Hydro energy limits; required for HYDRO."),
        obj("storage", "storage").opt().means("Pumped storage 抽水蓄能 or battery; required for PUMPED_STORAGE and BATTERY."),
        obj("chp", "chp").opt().means("Combined heat and power 热电联产; required for CHP."),
        obj("build", "build").opt().means("Candidate build of extra units (integer)."),
        num("capacityCredit", "share 0..1").opt().share().means("Share of capacity that is firm for a reserve margin"
            + " 备用率 (none = the type's: 1, wind 0.05, solar 0; hydro limited by its driest season)."),
        num("rampMwPerHour", "MW/h").opt().gt(0).means("Most change of output per hour between chronological steps"
            + " (representative days, full year); none = no limit."),
        num("startupCostCny", "CNY per start").opt().min(0).means("With commitment on chronological steps: what one"
            + " start of one unit costs 启动成本; none = free starts."),
        num("minUpHours", "h").opt().min(0).means("With commitment on chronological steps: least hours a started unit"
            + " stays on 最小开机时间; none = no limit."),
        num("minDownHours", "h").opt().min(0).means("With commitment on chronological steps: least hours a stopped"
            + " unit stays off 最小停机时间; none = no limit."));
    add(m, "hydro", "Hydro energy limits: energy per period, or a reservoir cyclic over the year.",
        numMap("energyMwhByPeriod", "period", "MWh").def(Map.of()).min(0).means(
            "Energy available per period id (a missing period counts as 0)."),
        num("storageMwh", "MWh").opt().min(0).means("Reservoir size (none = no reservoir)."),
        numMap("inflowMwhByPeriod", "period", "MWh").def(Map.of()).min(0).means("Reservoir inflow per period id."),
        num("minReleaseMw", "MW").def(0).min(0).means("Least average output of a reservoir plant."));
    add(m, "storage", "Storage of pumped storage 抽水蓄能 and battery 电化学储能 plants.",
        num("storageMwh", "MWh").req().min(0).means("Energy that can be stored."),
        num("efficiency", "share 0..1").req().gt(0).max(1).means("Round trip: MWh out per MWh pumped."),
        num("pumpCapacityMw", "MW").opt().min(0).means("Pumping capacity (none = the plant's capacity)."),
        bool("interDay").def(false).means("With representative days: carry energy between days along the year's"
            + " calendar (long-duration storage) instead of cycling within each day."));
    add(m, "chp", "Combined heat and power 热电联产, back-pressure style.",
        num("heatGjPerMwh", "GJ/MWh").req().min(0).means("Heat that comes with every MWh."),
        num("heatFuelKgcePerGj", "kgce/GJ").def(40).min(0).means(
            "Extra fuel per GJ of heat (default: external, CHP design handbooks, seed-facts G-P09)."));
    add(m, "build", "A candidate build: up to maxUnits units of unitMw each.",
        num("unitMw", "MW").req().gt(0).means("Size of one unit."),
        integer("maxUnits", "count").req().min(1).means("Most units that may be built."),
        num("capexCnyPerMwYr", "CNY/MW/yr").req().min(0).means("Annualised capital cost per MW."));
    add(m, "line", "A transmission corridor; a line into an external region is an export corridor 西电东送.",
        str("id").req().means("Line id."),
        str("name").opt().means("Name."),
        str("from").req().ref("region").means("Sending region."),
        str("to").req().ref("region").means("Receiving region."),
        num("capacityMw", "MW").req().min(0).means("Capacity per direction."),
        numMap("capacityMwByPeriod", "period", "MW").def(Map.of()).min(0).means("Capacity per period id, overriding capacityMw."),
        num("lossShare", "share 0..1").def(0).share().means("Share of what is sent that is lost."),
        num("wheelingCnyPerMwh", "CNY/MWh").def(0).min(0).means("Charge per MWh sent."),
        bool("bidirectional").def(false).means("Both directions share the capacity."),
        obj("build", "build").opt().means("Candidate build of extra capacity (integer)."));
    add(m, "industry", "An energy-intensive plant or park of a chain (煤电铝, 煤电磷, 煤电钢, 煤电化, ...).",
        str("id").req().means("Industry id."),
        str("name").opt().means("Name."),
        str("region").req().ref("region").means("Region of the industry."),
        enumOf("chain", Chain.values()).req().means("Chain the industry belongs to."),
        str("product").opt().means("Product name."),
        num("capacityT", "t/yr").req().min(0).means("Most output per year."),
        num("minOutputT", "t/yr").def(0).min(0).means("Least output per year (welfare mode)."),
        num("plannedOutputT", "t/yr").opt().min(0).means("Output in cost mode (none = capacity)."),
        num("electricityMwhPerT", "MWh/t").def(0).min(0).means("Electricity per tonne of product."),
        numMap("coalFeedTPerT", "coalGrade", "t/t").def(Map.of()).min(0).means("Coal fuel and feedstock per tonne, by grade id."),
        num("heatGjPerT", "GJ/t").def(0).min(0).means("Process heat from CHP per tonne."),
        num("valueAddedCnyPerT", "CNY/t").def(0).means("Value added per tonne (welfare mode)."),
        enumOf("profile", LoadProfile.values()).def("FLAT").means("FLAT: constant load; FREE: any split over periods."),
        obj("potlines", "potlines").opt().means("Integer production lines 电解槽系列 that cap output."));
    add(m, "potlines", "Integer production lines 电解槽系列: output <= n * sizeT, n in [0, count].",
        integer("count", "count").req().min(1).means("Number of lines."),
        num("sizeT", "t/yr").req().gt(0).means("Output of one line."),
        num("fixedCostCnyPerYr", "CNY/yr").def(0).min(0).means("Cost of a running line."),
        obj("build", "potlineBuild").opt().means("Candidate new lines of sizeT each (integer); the industry's"
            + " capacityT still caps its output."));
    add(m, "potlineBuild", "Candidate new potlines 电解槽系列: up to maxUnits lines of the potlines' sizeT each.",
        integer("maxUnits", "count").req().min(1).means("Most lines that may be built."),
        num("capexCnyPerTYr", "CNY/(t/yr)/yr").req().min(0).means(
            "Annualised capital cost per t/yr of line capacity built."));
    add(m, "directSupply", "Direct supply 直供电 / 电力直接交易 from a plant to an industry, bypassing the grid.",
        str("id").req().means("Direct-supply id."),
        str("plant").req().ref("plant").means("Supplying plant."),
        str("industry").req().ref("industry").means("Receiving industry."),
        num("maxMw", "MW").req().min(0).means("Most delivery."),
        num("minMw", "MW").def(0).min(0).means("Least delivery."),
        num("tariffCnyPerMwh", "CNY/MWh").def(0).min(0).means("Payment between the two (reported, not a system cost)."));
    add(m, "demand", "Electricity demand of a region: exactly one of mw, mwByPeriod, annualMwh.",
        str("id").req().means("Demand id."),
        str("region").req().ref("region").means("Region of the load."),
        num("mw", "MW").opt().min(0).means("Average load in every period."),
        numMap("mwByPeriod", "period", "MW").def(Map.of()).min(0).means("Average load per period id (must cover every period)."),
        num("annualMwh", "MWh/yr").opt().min(0).means("Energy per year, spread in proportion to period hours."),
        num("vollCnyPerMwh", "CNY/MWh").opt().min(0).means("Value of lost load (none = meta.vollCnyPerMwh)."));
    add(m, "coalDemand", "Coal used outside the modelled chains (households, other industry, outside buyers).",
        str("id").req().means("Coal-demand id."),
        str("region").req().ref("region").means("Region of the buyer."),
        str("grade").req().ref("coalGrade").means("Grade bought."),
        num("firmT", "t/yr").def(0).min(0).means("Coal that must be delivered."),
        num("maxT", "t/yr").opt().min(0).means("Most coal that may be sold (none = firmT)."),
        num("priceCnyPerT", "CNY/t").def(0).min(0).means("Price received per tonne."));
    add(m, "export", "An export contract 西电东送 with an external region.",
        str("id").req().means("Contract id."),
        str("name").opt().means("Name."),
        str("region").req().ref("region").means("External region receiving the energy."),
        num("firmMwh", "MWh/yr").def(0).min(0).means("Firm energy per year, spread by period hours."),
        numMap("firmMwhByPeriod", "period", "MWh").def(Map.of()).min(0).means("Firm energy per period id."),
        num("maxMw", "MW").opt().min(0).means("Most delivery (none = unlimited)."),
        num("priceCnyPerMwh", "CNY/MWh").def(0).min(0).means("Price received per MWh delivered."),
        numMap("priceCnyPerMwhByPeriod", "period", "CNY/MWh").def(Map.of()).min(0).means(
            "Time-of-use price 峰谷电价 per period id, overriding priceCnyPerMwh in the periods given."),
        num("shortfallPenaltyCnyPerMwh", "CNY/MWh").def(0).min(0).means("Cost of each MWh short of the firm energy."));
    add(m, "policy", "A named policy constraint; its shadow price is reported under its id.",
        str("id").req().means("Policy id."),
        str("name").opt().means("Name."),
        str("nameZh").opt().means("Chinese name (e.g. 就地转化率, 大煤保大电, 限制煤炭外运)."),
        enumOf("type", PolicyType.values()).req().means("Kind of constraint."),
        num("limit", "per type").req().means("Limit in the unit of the type: t/yr, share 0..1, MW or t."),
        strList("regions", "region").def(List.of()).means("Regions it applies to (empty = whole system)."),
        str("region").opt().ref("region").means("External region, for EXPORT_CAPABILITY 外送能力."),
        enumOf("sense", Sense.values()).opt().means("Direction, for GENERIC."),
        list("terms", "term").def(List.of()).means("Terms coef * metric, for GENERIC."));
    add(m, "term", "One term of a GENERIC policy.",
        str("metric").req().means("Name of a linear metric, e.g. coal.produced (list: docs/targets.md)."),
        num("coef", "").req().means("Coefficient."));
    add(m, "target", "A plan target to compare with the solution (not a constraint).",
        str("id").req().means("Target id."),
        str("name").opt().means("Name."),
        str("metric").req().means("Name of a metric, linear or ratio, e.g. coal.washedShare (list: docs/targets.md)."),
        enumOf("sense", Sense.values()).req().means("Direction."),
        num("value", "per unit").req().means("Target value, in the metric's unit."),
        num("tolerance", "share").def(0.0).min(0).means("Relative tolerance."),
        str("unit").opt().means("Unit of value; if given, must be the metric's unit (t/yr, MWh/yr, MW, share, gce/kWh)."));
    addUncertainty(m);
    pathway(m);
    return m;
  }

  /** Hydro-year uncertainty (issue 12, docs/stochastic.md): the entities below {@code instance.uncertainty}. */
  private static void addUncertainty(Map<String, EntitySpec> m) {
    add(m, "uncertainty", "Hydro-year uncertainty 来水不确定性: the instance's own figures are the reference year;"
            + " each scenario changes them. Used by coalgrid stochastic and coalgrid montecarlo.",
        list("basins", "basin").def(List.of()).means("River basins 流域 grouping hydro plants."),
        list("scenarios", "hydroScenario").def(List.of()).means(
            "Hydrology scenarios (wet 丰水年, normal 平水年, dry 枯水年); probabilities add up to 1."),
        obj("firstStage", "firstStage").opt().means(
            "Decisions taken before the hydrology is known (none = builds and potlines)."),
        obj("cvar", "cvar").opt().means("CVaR term of the stochastic objective (none = expected cost only)."),
        obj("monteCarlo", "monteCarlo").opt().means("Distribution of annual inflow per basin, for coalgrid montecarlo."));
    add(m, "basin", "A river basin 流域: hydro plants whose inflow moves together.",
        str("id").req().means("Basin id."),
        str("name").opt().means("Name."),
        str("nameZh").opt().means("Chinese name (乌江, 北盘江, 南盘江, ...)."),
        strList("plants", "plant").req().min(1).means("HYDRO plants of the basin (a plant is in one basin at most)."));
    add(m, "hydroScenario", "A hydrology scenario with its probability.",
        str("id").req().means("Scenario id."),
        str("name").opt().means("Name, e.g. dry year 枯水年."),
        num("probability", "share 0..1").req().share().means("Probability; the scenarios' add up to 1."),
        list("hydro", "hydroChange").def(List.of()).means("Changes of hydro energy and inflow, applied in order."),
        num("demandMultiplier", "factor").def(1).min(0).means("Multiplier of every electricity demand."),
        num("coalCostMultiplier", "factor").def(1).min(0).means("Multiplier of every mine's cost (coal bought in too)."),
        num("exportPriceMultiplier", "factor").def(1).min(0).means("Multiplier of every export contract's price."));
    add(m, "hydroChange", "A change of hydro energy (energy-limited plants) or inflow (reservoirs): a value given per"
            + " period replaces the figure; other periods are multiplied.",
        str("plant").opt().ref("plant").means("HYDRO plant changed (none = the basin's plants, or every hydro plant)."),
        str("basin").opt().ref("basin").means("Basin whose plants are changed (none = the plant, or every hydro plant)."),
        num("multiplier", "factor").def(1).min(0).means("Multiplier of the energy or inflow of every period."),
        numMap("multiplierByPeriod", "period", "factor").def(Map.of()).min(0).means(
            "Further multiplier per period id (default 1)."),
        numMap("energyMwhByPeriod", "period", "MWh").def(Map.of()).min(0).means(
            "Energy replacing the plant's in the given periods (energy-limited plants)."),
        numMap("inflowMwhByPeriod", "period", "MWh").def(Map.of()).min(0).means(
            "Inflow replacing the reservoir's in the given periods."));
    add(m, "firstStage", "Here-and-now decisions, the same in every scenario (the rest is decided per scenario).",
        bool("builds").def(true).means("Candidate builds of plants and lines are first stage."),
        bool("potlines").def(true).means("Potlines running 电解槽系列 are first stage."),
        list("commitments", "commitment").def(List.of()).means(
            "Export contracts whose firm energy is a decision: the share committed before the hydrology is known."));
    add(m, "commitment", "A firm export commitment 西电东送 as a decision: share φ in [0, 1] of the contract's firm"
            + " energy committed; the shortfall penalty applies to the committed energy.",
        str("export").req().ref("export").means("Export contract with firm energy."),
        num("premiumCnyPerMwh", "CNY/MWh").def(0).min(0).means("Payment per MWh of firm energy committed."));
    add(m, "cvar", "Conditional value at risk (Rockafellar-Uryasev): minimise (1 - weight) E[cost] + weight CVaR_alpha.",
        num("alpha", "share 0..1").req().min(0).max(0.999).means("Confidence level α: the mean of the worst 1 - α of"
            + " the cost distribution."),
        num("weight", "share 0..1").req().min(0).max(0.999).means("Weight λ of CVaR in the objective (below 1)."));
    add(m, "monteCarlo", "Log-normal annual inflow per basin, correlated between basins.",
        list("basins", "inflowSpread").req().min(1).means("Spread of each basin's annual inflow."),
        list("correlations", "correlation").def(List.of()).means(
            "Correlation between basins' normal draws (none given: 0)."));
    add(m, "inflowSpread", "Annual inflow multiplier of a basin: m = mean exp(sdLog Z - sdLog^2 / 2), Z standard normal.",
        str("basin").req().ref("basin").means("Basin id."),
        num("sdLog", "ln factor").req().min(0).max(3).means("Standard deviation of ln m."),
        num("meanMultiplier", "factor").def(1).gt(0).means("Mean of m (1 = the instance's year on average)."));
    add(m, "correlation", "Correlation of two basins' normal draws.",
        str("a").req().ref("basin").means("First basin id."),
        str("b").req().ref("basin").means("Second basin id."),
        num("rho", "share").req().min(-1).max(1).means("Correlation coefficient ρ."));
  }

  /** The pathway section (issue 11): years, changes from a year on, asset lives, targets with a year. */
  private static void pathway(Map<String, EntitySpec> m) {
    add(m, "pathway", "A multi-year pathway: one single-year instance per year from firstYear to lastYear, derived"
            + " from the base year (meta.year) by changes, demand growth and the lives of plants and lines.",
        integer("firstYear", "year").req().min(1900).max(2200).means("First year of the pathway (not before meta.year)."),
        integer("lastYear", "year").req().min(1900).max(2200).means("Last year (at most 50 years after firstYear)."),
        num("discountRate", "share per year").req().min(0).max(1).means(
            "Discounts a cost of year y by (1 + rate)^-(y - firstYear)."),
        num("demandGrowth", "share per year").opt().min(-0.5).max(1).means("Growth of every electricity demand per"
            + " year, compounded from the year its figure was set (meta.year, or its last change); none = 0."),
        list("changes", "pathwayChange").def(List.of()).means("Figures that change from a year on."),
        list("plants", "assetLife").def(List.of()).means("Lives of plants: commissioning, retirement, candidate builds."),
        list("lines", "assetLife").def(List.of()).means("Lives of lines: commissioning, retirement, candidate builds."),
        list("mines", "mineLife").opt().means("Lives of mines: commissioning, retirement (关闭), candidate expansions."),
        list("industries", "potlineLife").opt().means(
            "Lives of industries' potlines 电解槽系列: commissioning, retirement, candidate new lines."),
        list("washeries", "washeryLife").opt().means(
            "Lives of mines' washeries 洗煤厂, by mine id: commissioning, retirement, candidate expansions."),
        list("targets", "yearTarget").def(List.of()).means("Plan targets with the year they are due (≥ 150 Mt by 2010)."));
    add(m, "pathwayChange", "A figure that changes from a year on (until another change of the same path).",
        integer("year", "year").req().min(1900).max(2200).means("First year with the new value."),
        str("path").req().means("Field to change, as --set writes it: names and entity ids joined by dots"
            + " (lines.hvdc1.capacityMw, demands.gz.mw, policies.cap.limit, plants.p.availabilityByPeriod.dry)."),
        num("value", "the field's").req().means("The new value, in the field's unit."));
    life(m, "assetLife", "The life of a plant or line of the instance over the pathway.",
        "the plant (pathway.plants) or line (pathway.lines)", "overnightCapexCnyPerMw", "CNY/MW",
        "Overnight cost of a built unit, paid once (none = the build's annualised capexCnyPerMwYr, paid every year"
            + " the unit is in service).");
    life(m, "mineLife", "The life of a mine of the instance over the pathway (its capacityT and minOutputT).",
        "the mine", "overnightCapexCnyPerT", "CNY/(t/yr)", "Overnight cost per t/yr of raw-coal capacity built,"
            + " paid once (none = the build's annualised capexCnyPerTYr, paid every year in service).");
    life(m, "potlineLife", "The life of an industry's potlines 电解槽系列 over the pathway (its potlines.count lines).",
        "the industry (with potlines)", "overnightCapexCnyPerT", "CNY/(t/yr)", "Overnight cost per t/yr of line"
            + " capacity built, paid once (none = the build's annualised capexCnyPerTYr, paid every year in service).");
    life(m, "washeryLife", "The life of a mine's washery 洗煤厂 over the pathway (its washing.capacityT).",
        "the mine (whose washing has capacityT or build)", "overnightCapexCnyPerT", "CNY/(t/yr)", "Overnight cost per"
            + " t/yr of washery capacity built (raw coal washed), paid once (none = the build's annualised"
            + " capexCnyPerTYr, paid every year in service).");
    add(m, "yearTarget", "A plan target due by a year (not a constraint): checked in every year of the pathway.",
        str("id").req().means("Target id."),
        str("name").opt().means("Name."),
        str("metric").req().means("Name of a metric, as for targets (list: docs/targets.md)."),
        enumOf("sense", Sense.values()).req().means("Direction."),
        num("value", "per unit").req().means("Target value, in the metric's unit."),
        num("tolerance", "share").def(0.0).min(0).means("Relative tolerance."),
        str("unit").opt().means("Unit of value; if given, must be the metric's unit."),
        integer("year", "year").opt().min(1900).max(2200).means("Year it is due (none = every year)."));
  }

  /**
   * The life of an asset over a pathway (a plant or line, a mine, potlines): its years in service, and what its
   * build costs overnight ({@code capex}, in {@code capexUnit}).
   */
  private static void life(Map<String, EntitySpec> m, String name, String meaning, String what, String capex,
      String capexUnit, String capexMeaning) {
    add(m, name, meaning,
        str("id").req().means("Id of " + what + "."),
        integer("commissioningYear", "year").opt().min(1900).max(2200).means(
            "First year its capacity before builds is in service (none = already in service)."),
        integer("retirementYear", "year").opt().min(1900).max(2200).means(
            "First year its capacity before builds is out of service (关停; none = not retired in the pathway)."),
        integer("earliestYear", "year").opt().min(1900).max(2200).means(
            "Earliest year a unit of its build can come in (none = firstYear)."),
        integer("lifetimeYears", "years").opt().min(1).max(200).means(
            "Years a built unit lasts from the year it comes in (required with " + capex + ")."),
        num(capex, capexUnit).opt().min(0).means(capexMeaning),
        integer("buildLagYears", "years").def(0).min(0).max(20).means(
            "Years from the decision (and payment) to the year a unit comes in."));
  }

  private static void add(Map<String, EntitySpec> m, String name, String meaning, F... fields) {
    List<FieldSpec> specs = new ArrayList<>(Arrays.stream(fields).map(F::build).toList());
    if (!name.equals(ROOT) && !name.equals("sourceRef")) {
      if (specs.stream().noneMatch(f -> f.name().equals("source"))) {
        specs.add(new F("source", SOURCE).opt().means("Where the entity's figures come from (id of meta.sources, text or object).").build());
      }
      if (specs.stream().noneMatch(f -> f.name().equals("notes"))) {
        specs.add(notes().build());
      }
    }
    m.put(name, new EntitySpec(name, meaning, specs));
  }

  private static F notes() {
    return new F("notes", NOTES).def(List.of()).means("Free remarks (a string or a list of strings).");
  }

  private static F str(String n) {
    return new F(n, STRING);
  }

  private static F bool(String n) {
    return new F(n, BOOLEAN);
  }

  private static F num(String n, String unit) {
    return new F(n, NUMBER).unit(unit);
  }

  private static F integer(String n, String unit) {
    return new F(n, INTEGER).unit(unit);
  }

  private static F enumOf(String n, Enum<?>[] values) {
    F f = new F(n, ENUM);
    f.allowed = Arrays.stream(values).map(Enum::name).toList();
    return f;
  }

  private static F strList(String n, String ref) {
    return new F(n, STRING_LIST).ref(ref);
  }

  private static F numMap(String n, String keyRef, String unit) {
    return new F(n, NUMBER_MAP).ref(keyRef).unit(unit);
  }

  private static F obj(String n, String entity) {
    return new F(n, OBJECT).ref(entity);
  }

  private static F list(String n, String entity) {
    return new F(n, OBJECT_LIST).ref(entity);
  }

  /** Builder of one row. */
  private static final class F {
    private final String name;
    private final Kind kind;
    private String unit = "";
    private boolean required;
    private JsonNode def;
    private Double min;
    private boolean exclusiveMin;
    private Double max;
    private List<String> allowed = List.of();
    private String ref;
    private String meaning = "";

    F(String name, Kind kind) {
      this.name = name;
      this.kind = kind;
    }

    F unit(String u) {
      unit = u;
      return this;
    }

    F req() {
      required = true;
      return this;
    }

    F opt() {
      def = JsonNodeFactory.instance.nullNode();
      return this;
    }

    F def(Object value) {
      def = Json.MAPPER.valueToTree(value);
      return this;
    }

    F min(double v) {
      min = v;
      return this;
    }

    F gt(double v) {
      min = v;
      exclusiveMin = true;
      return this;
    }

    F max(double v) {
      max = v;
      return this;
    }

    F share() {
      return min(0).max(1);
    }

    F ref(String r) {
      ref = r;
      return this;
    }

    F means(String text) {
      meaning = text;
      return this;
    }

    FieldSpec build() {
      if (required == (def != null)) {
        throw new IllegalStateException(name + ": give either req() or a default");
      }
      return new FieldSpec(name, kind, unit, required, def, min, exclusiveMin, max, allowed, ref, meaning);
    }
  }
}
