package org.coalgrid.generate.seed;

import static org.coalgrid.domain.Chain.CARBIDE_PVC;
import static org.coalgrid.domain.Chain.CEMENT;
import static org.coalgrid.domain.Chain.COKE;
import static org.coalgrid.domain.Chain.FERROALLOY;
import static org.coalgrid.domain.Chain.OTHER;
import static org.coalgrid.domain.Chain.STEEL;
import static org.coalgrid.domain.PlantType.CHP;
import static org.coalgrid.domain.PlantType.GANGUE;
import static org.coalgrid.domain.PlantType.PUMPED_STORAGE;
import static org.coalgrid.domain.TransportMode.RAIL;
import static org.coalgrid.domain.TransportMode.ROAD;

import java.util.List;
import java.util.Map;
import org.coalgrid.domain.PolicyType;
import org.coalgrid.domain.Sense;
import org.coalgrid.generate.builder.CandidateBuilder;
import org.coalgrid.generate.builder.ChpBuilder;
import org.coalgrid.generate.builder.DirectSupplyBuilder;
import org.coalgrid.generate.builder.InstanceBuilder;
import org.coalgrid.generate.builder.StorageBuilder;
import org.coalgrid.generate.builder.WashingBuilder;

/**
 * {@code wuhai-2011.json}: Wuhai (Inner Mongolia) 2011 industrial guidance (S4): 30 Mt coal held, coal outbound
 * restricted and coal bought in, coke/PVC/steel/cement/ferroalloy/silicon, gangue power, a candidate pumped
 * storage (MILP), the Mengxi grid external.
 */
final class WuhaiCase extends PlanCase {
  WuhaiCase(SourceTable sources) {
    super(sources);
  }

  @Override
  InstanceBuilder build() {
    InstanceBuilder in = new InstanceBuilder(null);
    addPeriods(in, PER);
    in.add(region("haibowan", "Haibowan district", "海勃湾区").source("P-W04"));
    in.add(region("wuda", "Wuda district", "乌达区").source("P-W04"));
    in.add(region("hainan", "Hainan district", "海南区").notes("third district of Wuhai (no seed quote names it)"));
    in.add(region("mengxi", "Inner Mongolia West grid (exports to North China)", "蒙西电网", true).source("G-T07"));
    in.add(region("coal-market", "Outside coal market (buyers and sellers)", "外部煤炭市场", true).source("C-W01"));
    cite("P-W04", "G-T07", "C-W01");
    in.add(grade("coking", "Wuhai coking coal 焦煤", b.v(0.929, "G-C03", "6,000-7,000 kcal/kg"), b.a(1.5, A),
        b.v(2.7, "G-C07")));
    in.add(grade("washed", "Washed coking coal 洗精煤", b.a(1.0, "assumption: 7,000 kcal/kg"), b.a(0.8, A),
        b.v(2.7, "G-C07")));
    in.add(grade("steam", "Steam coal bought in", b.v(0.714, "G-C01"), b.a(1.0, A), b.v(2.7, "G-C07")));
    in.add(grade("middlings", "Gangue, middlings, slurry", b.v(0.357, "G-C03"), b.a(1.5, A), b.v(2.7, "G-C07"))
        .byproduct(true));
    WashingBuilder wash = washing(b.a(0.9, "assumption: washing matched to coking (C-W10)"), "washed",
        b.v(0.6, "G-C05"), "middlings", b.v(0.2, "G-C05"), b.a(20, A));
    cite("C-W10");
    in.add(mine("shenhua-wuhai", "Shenhua Wuhai Energy mines", "hainan", "coking",
        b.a(12_000_000, "assumption: part of 30 Mt (C-W03)"), b.a(280, A)).large(true).washing(wash)
        .source("P-W05"));
    in.add(mine("local-wuda", "Local mines Wuda", "wuda", "coking", b.a(10_000_000, "assumption: part of 30 Mt"),
        b.a(300, A)).washing(wash).source("C-W02"));
    in.add(mine("local-haibowan", "Local mines Haibowan", "haibowan", "coking",
        b.a(8_000_000, "assumption: part of 30 Mt"), b.a(300, A)).washing(wash).source("C-W02"));
    in.add(mine("bought-steam", "Steam coal bought in (增加外购煤炭量)", "coal-market", "steam",
        b.a(20_000_000, "assumption"), b.v(450, "G-E01", "low end delivered")).source("C-W01"));
    in.add(mine("bought-coking", "Washed coking coal bought in", "coal-market", "washed", b.a(15_000_000, "assumption"),
        b.a(900, "assumption above the 700-850 steam benchmark of G-E01")).source("C-W01"));
    cite("P-W05", "C-W02", "C-W03");
    for (String[] ft : new String[][] {{"hainan", "haibowan"}, {"haibowan", "hainan"}, {"wuda", "haibowan"},
        {"haibowan", "wuda"}, {"hainan", "wuda"}, {"wuda", "hainan"}}) {
      in.add(arc("road-" + ft[0] + "-" + ft[1], ft[0], ft[1], ROAD, null, b.a(10, "assumption: short haul"), lost()));
    }
    in.add(arc("rail-in", "coal-market", "haibowan", RAIL, b.a(35_000_000, A), b.v(60, "G-E04", "0.12 x 500 km"), lost())
        .source("C-W14"));
    in.add(arc("rail-out", "haibowan", "coal-market", RAIL, b.a(20_000_000, "assumption; rail tight (C-W13)"),
        b.v(60, "G-E04"), lost()).source("C-W13"));
    cite("C-W14", "C-W13");
    in.add(coalPlant("haibowan-plant", "Haibowan plant", "haibowan", 600, 340, null,
        "assumption: size not in seed (P-W04)").grades("steam", "coking", "washed"));
    in.add(coalPlant("yihua-captive", "Yihua captive plant (PVC)", "wuda", 600, 340, null, "assumption (P-W04)")
        .large(false).grades("steam", "coking"));
    in.add(coalPlant("other-thermal", "Other thermal units", "hainan", 800, 360, null,
        "assumption: rest of the 3,500 MW target (P-W01)").large(false).grades("steam", "coking"));
    in.add(coalPlant("jinghai-gangue", "Jinghai gangue plant", "haibowan", 600, 380, null, "assumption (P-W05)",
        GANGUE, 0.8, null).large(false).grades("middlings", "steam"));
    in.add(coalPlant("shenhua-gangue", "Shenhua Wuhai Energy gangue plant", "hainan", 300, 380, null,
        "assumption (P-W05)", GANGUE, 0.8, null).large(false).grades("middlings", "steam"));
    in.add(plant("wuhai-chp", "Wuhai CHP", "haibowan", CHP, b.a(300, "assumption (P-W04)"))
        .availability(b.v(0.9, "G-P06")).heatRateGcePerKwh(b.v(340, "G-P04")).grades("steam", "coking")
        .vomCnyPerMwh(b.a(15, A)).desulfurisationShare(b.v(0.9, "G-C07"))
        .chp(new ChpBuilder().heatGjPerMwh(b.v(4, "G-P09")).heatFuelKgcePerGj(b.v(40, "G-P09"))).source("P-W06"));
    in.add(plant("wuda-chp", "Huadian Wuda CHP", "wuda", CHP, b.a(300, "assumption (P-W04)"))
        .availability(b.v(0.9, "G-P06")).heatRateGcePerKwh(b.v(340, "G-P04")).grades("steam", "coking")
        .vomCnyPerMwh(b.a(15, A)).desulfurisationShare(b.v(0.9, "G-C07"))
        .chp(new ChpBuilder().heatGjPerMwh(b.v(4, "G-P09")).heatFuelKgcePerGj(b.v(40, "G-P09"))).source("P-W06"));
    in.add(plant("yellow-river-ps", "Pumped storage on the Yellow River project (candidate)", "haibowan",
        PUMPED_STORAGE, candidateOnly()).availability(b.a(0.95, A)).vomCnyPerMwh(b.a(5, A))
        .storage(new StorageBuilder().storageMwh(b.a(7200, "assumption: 6 h at 1,200 MW"))
            .efficiency(b.v(0.76, "G-P08")).pumpCapacityMw(null))
        .build(new CandidateBuilder().unitMw(b.a(300, "assumption: 4 x 300 MW"))
            .maxUnits(b.a(4, "assumption: 4 x 300 MW = the 120万kW of P-W03"))
            .capexCnyPerMwYr(b.a(annualised(5000, CRF),
                "assumption: 5,000 CNY/kW (no §8 value for pumped storage) x CRF")))
        .source("P-W03").notes("1,200 MW in preparatory work in 2011 (P-W03): candidate build. Storage MWh is given "
            + "for the full 1,200 MW."));
    in.add(gridPurchase("mengxi-supply", "Purchases from the Mengxi grid", "mengxi", 500, 450, "G-T07"));
    cite("P-W06", "P-W01");
    in.add(line("wuhai-mengxi", "Wuhai-Mengxi 220/500 kV", "haibowan", "mengxi", b.a(2000, A), b.v(0.03, "G-T05"))
        .wheelingCnyPerMwh(b.v(50, "G-E02")).source("P-W02"));
    in.add(line("mengxi-in", "Mengxi supply into Wuhai", "mengxi", "haibowan", b.a(500, A), b.v(0.03, "G-T05"))
        .wheelingCnyPerMwh(0));
    in.add(line("hb-wd", "Haibowan-Wuda", "haibowan", "wuda", b.a(2000, A), b.v(0.01, "G-T05")).wheelingCnyPerMwh(0)
        .bidirectional(true));
    in.add(line("hb-hn", "Haibowan-Hainan", "haibowan", "hainan", b.a(2000, A), b.v(0.01, "G-T05"))
        .wheelingCnyPerMwh(0).bidirectional(true));
    cite("P-W02");
    in.add(industry("coke", "Coking (Yuantong, Guangna, Huaxin, ...)", "wuda", COKE, "coke",
        b.v(18_000_000, "I-W30", "capacity target"), b.a(0.03, "assumption"))
        .coalFeedTPerT(Map.of("washed", b.v(1.35, "G-U10", "1.30-1.40 t/t"))).valueAddedCnyPerT(b.a(300, A))
        .minOutputT(welfareMin(9_000_000))
        .plannedOutputT(b.a(12_000_000, "assumption A-WH-OUTPUT: 2011 coke output below the 18 Mt capacity target (I-W30)"))
        .source("I-W32"));
    in.add(industry("pvc", "Carbide-route PVC (chlor-alkali)", "wuda", CARBIDE_PVC, "PVC", b.v(2_000_000, "I-W06"),
        b.v(5.5, "G-U08")).coalFeedTPerT(Map.of("washed", b.v(1.08, "G-U08", "1.4 t carbide per t PVC (G-U08) x 0.57 t coke per t carbide (G-U07) = 0.80 t coke, x 1.35 t washed coking coal per t coke (G-U10) = 1.08 t washed coal per t PVC")))
        .valueAddedCnyPerT(b.a(1500, A)).minOutputT(welfareMin(600_000))
        .plannedOutputT(b.a(1_200_000, "assumption A-WH-OUTPUT: 2011 PVC output below the 2 Mt capacity target (I-W06)")).source("I-W35"));
    in.add(industry("steel", "Qianlishan steel", "hainan", STEEL, "crude steel", b.v(2_000_000, "I-W29"),
        b.v(0.5, "G-U09")).coalFeedTPerT(Map.of("washed", b.v(0.6, "G-U09", "0.60 tce/t / 1.0")))
        .valueAddedCnyPerT(b.a(600, A)).minOutputT(welfareMin(1_000_000)).source("I-W29"));
    in.add(industry("cement", "Cement", "haibowan", CEMENT, "cement", b.v(10_000_000, "I-W22"), b.v(0.1, "G-U11"))
        .coalFeedTPerT(Map.of("steam", b.v(0.22, "U-03", "159 kgce/t (Guizhou figure) / 0.714")))
        .valueAddedCnyPerT(b.a(60, A)).minOutputT(welfareMin(5_000_000)).source("I-W22"));
    in.add(industry("ferroalloy", "Ferroalloys (Mn, Cr, Ni) within quotas", "hainan", FERROALLOY, "ferroalloy",
        b.a(500_000, "assumption: quota size not in seed (I-W33)"), b.v(4.2, "G-U06"))
        .coalFeedTPerT(Map.of("washed", b.v(0.5, "G-U06"))).valueAddedCnyPerT(b.a(800, A)).minOutputT(welfareMin(250_000))
        .source("I-W33"));
    in.add(industry("silicon", "Hengyecheng industrial silicon", "wuda", OTHER, "industrial silicon",
        b.v(80_000, "I-W19"), b.v(12.0, "G-U06", "11,000-13,500 kWh/t"))
        .coalFeedTPerT(Map.of("washed", b.v(0.5, "G-U06"))).valueAddedCnyPerT(b.a(2000, A)).minOutputT(welfareMin(40_000))
        .source("I-W19"));
    cite("I-W30", "I-W32", "I-W06", "I-W35", "I-W29", "I-W22", "I-W33", "I-W19", "G-U07", "G-U10");
    in.add(new DirectSupplyBuilder("ds-yihua-pvc").plant("yihua-captive").industry("pvc").maxMw(b.a(540, A)).minMw(0)
        .tariffCnyPerMwh(b.a(300, "assumption: captive plant cost-based")).source("P-W04"));
    in.add(demand("load-city", "haibowan", load(1_500_000, "A-WH-LOAD: other load of the city (assumption)")).notes("assumption 1.5 TWh other load"));
    in.add(coalDemand("coal-buyers", "coal-market", "washed", 0, b.v(850, "G-E01")).maxT(b.a(10_000_000, A)));
    in.add(coalDemand("coal-buyers-raw", "coal-market", "coking", 0, b.v(600, "G-E01")).maxT(b.a(10_000_000, A)));
    in.add(export("mengxi-sales", "Sales to the Mengxi grid (争取多向外输送电量)", "mengxi", 0, b.v(300, "G-E02"), 0)
        .maxMw(b.a(2000, A)).source("P-W02"));
    in.add(policy("cap-coal", "City coal capacity held at 30 Mt", "煤炭生产能力", PolicyType.COAL_PRODUCTION_CAP,
        b.v(30_000_000, "C-W03")));
    in.add(policy("cap-outbound", "Restrict coal shipped out", "限制煤炭外运", PolicyType.COAL_OUTBOUND_CAP,
        b.a(3_000_000, "assumption: C-W01/C-W12 restrict and cut outbound coal without a number")).source("C-W12"));
    in.add(policy("gangue-use", "Gangue utilisation 70 %", "煤矸石利用率", PolicyType.GANGUE_UTILISATION,
        b.v(0.7, "K-W03")));
    cite("C-W12");
    in.add(target("capacity", "Installed capacity 装机容量 350万kW", "capacity.installed", Sense.GE, 3500, "MW",
        "P-W01"));
    in.add(target("coal-capacity", "Coal output held at the 3000万t capacity 煤炭生产能力", "coal.produced", Sense.LE,
        30_000_000, "t/yr", "C-W03"));
    in.add(target("coke", "Coke 焦炭 1800万t", "industry.coke.output", Sense.GE, 18_000_000, "t/yr", "I-W30"));
    in.add(target("pvc", "PVC 聚氯乙烯 200万t", "industry.pvc.output", Sense.GE, 2_000_000, "t/yr", "I-W06"));
    in.add(target("steel", "Steel 钢 200万t", "industry.steel.output", Sense.GE, 2_000_000, "t/yr", "I-W29"));
    in.add(target("cement", "Cement 水泥 ~1000万t", "industry.cement.output", Sense.EQ, 10_000_000, "t/yr", "I-W22")
        .tolerance(0.1));
    in.add(target("outbound", "Further cut coal shipped out 减少煤炭外运", "coal.outbound", Sense.LE, 3_000_000,
        "t/yr", "C-W12"));
    cite("C-W11");
    in.meta(meta("wuhai-2011", "Wuhai (Inner Mongolia) 2011 industrial guidance: 30 Mt coal held, coal outbound "
        + "restricted, 3.5 GW, coke/PVC/steel/cement, gangue power, candidate pumped storage (MILP), Mengxi grid "
        + "external.", 2011, List.of(
        "Wuhai, Inner Mongolia, 2011 (S4): coal city restricting coal outbound (C-W01) and buying coal in; coke, "
            + "carbide-PVC, steel, cement, ferroalloy; gangue power; pumped storage (1,200 MW, preparatory work, "
            + "P-W03) as a candidate build, so the case is a MILP.",
        "No aluminium in the Wuhai seed; the coal-power-aluminium chain appears in Yangquan (S3) and Guizhou only.",
        "CONFLICT (D-17/D-18): coke 18 Mt (I-W30) needs ~24 Mt washed coking coal, more than Wuhai's 30 Mt raw "
            + "(C-W03) yields after washing; the case buys washed coal in (C-W01).",
        "A-WH-OUTPUT: coke and PVC produce at assumed 2011 levels (12 Mt, 1.2 Mt) in cost mode. The plan's 18 Mt "
            + "(I-W30) and 2 Mt (I-W06) are capacity targets (产能), which are the industries' capacityT; output "
            + "targets of 18 Mt and 2 Mt are therefore INFEASIBLE — INSTANCE, held by this assumption. With "
            + "--set industries.coke.plannedOutputT=18e6 --set industries.pvc.plannedOutputT=2e6 the plan solves "
            + "(buying washed coal in).",
        "PVC feed: 1.4 t carbide per t PVC (G-U08) x 0.57 t coke per t carbide (G-U07) x 1.35 t washed coking coal "
            + "per t coke (G-U10) = 1.08 t washed coal per t PVC.",
        "Washing capacity cap 80 Mt/yr (C-W11) cannot be expressed (no washing-capacity field); it does not bind at "
            + "27 Mt washed.",
        "Plant sizes (Haibowan, Wuhai CHP, Wuda CHP, Yihua captive, Jinghai and Shenhua gangue) are not in the seed; "
            + "they are assumed to add up to the 3,500 MW target (P-W01). The 90 MW hydro (P-W03) is left out "
            + "(preparatory work, no seasonality data for the Yellow River).",
        "A-WH-LOAD: 1.5 TWh other load (assumption); industry loads ~10 TWh; surplus may be sold to Mengxi (P-W02) "
            + "at 300 CNY/MWh (G-E02 range, assumption).")));
    return finish(in);
  }
}
