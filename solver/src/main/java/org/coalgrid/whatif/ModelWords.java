package org.coalgrid.whatif;

import org.coalgrid.domain.Instance;
import org.coalgrid.formulation.ColumnKind;
import org.coalgrid.formulation.ModelNames;
import org.coalgrid.formulation.ModelNames.RowKind;
import org.coalgrid.words.EntityWords;

/**
 * Rows and columns of the model in planner words, for tables that list them one by one (sensitivity): "Policy CO2
 * cap 二氧化碳排放控制", "Hydro energy 水量, wet-offpeak: Wujiang hydro (HYDRO, Guiyang 贵阳)", "Mine output: Liupanshui
 * large mines (Liupanshui 六盘水)". The entity names are those of {@code explain} ({@link EntityWords}); the internal
 * name ({@link ModelNames}) stays in a column of its own. A name this class does not know is returned as it is. Not
 * thread-safe (caches look-ups).
 */
public final class ModelWords {
  private final EntityWords names;

  public ModelWords(Instance in) {
    this.names = new EntityWords(in);
  }

  /** A cap row of family {@code family} on {@code entity}, in period {@code period} (null for a yearly row). */
  public String row(String row, String family, String entity, String period) {
    RowKind kind = RowKind.of(row);
    if (kind == null || entity == null) {
      return row;
    }
    String what = switch (kind) {
      case MINE -> "Mine output bounds 煤矿产量";
      case MINE_MIN -> "Mine minimum output 最低产量";
      case WASH_CLEAN -> "Washing, clean coal 洗精煤";
      case WASH_BYPRODUCT -> "Washing, byproduct 洗选副产品";
      case WASH_SHARE -> "Washable share of raw coal 入选上限";
      case WASH_CAPACITY -> "Washery capacity 洗煤厂能力";
      case ARC -> "Coal arc capacity 运力";
      case FUEL -> "Plant fuel use";
      case PLANT_CAPACITY -> "Plant capacity 装机";
      case PLANT_ONLINE -> "Output of units online";
      case PLANT_MIN_LOAD -> "Minimum load 最小出力";
      case UNITS_ONLINE -> "Units online";
      case HYDRO_ENERGY -> "Hydro energy 水量";
      case HYDRO_LEVEL -> "Reservoir level 库容";
      case HYDRO_MIN_RELEASE -> "Minimum release 最小下泄";
      case STORAGE_LEVEL -> "Pumped-storage level";
      case LINE -> "Line capacity 输电能力";
      case EXPORT_FIRM -> "Export firm energy 外送";
      case INDUSTRY_OUTPUT -> "Industry planned output 产量";
      case INDUSTRY_POTLINES -> "Potlines 电解槽系列";
      case INDUSTRY_POTLINE_BUILD -> "Potlines running, existing and built 新建电解槽系列";
      case INDUSTRY_FLAT -> "Industry flat load";
      case INDUSTRY_FEED -> "Industry coal feed";
      case DIRECT_FROM_PLANT -> "Direct supply from the plant 直供电";
      case DIRECT_TO_LOAD -> "Direct supply to the load 直供电";
      case COAL_DEMAND -> "Firm coal delivery 供煤";
      case POLICY -> "Policy";
      case TARGET -> "Target 目标";
      default -> kind.prefix();
    };
    String name = switch (kind) { // one family, two kinds of entity
      case DIRECT_FROM_PLANT -> names.entity("plant_capacity", entity);
      case DIRECT_TO_LOAD -> names.entity("industry", entity);
      default -> names.entity(family, entity);
    };
    String when = period != null ? ", " + period : "";
    return kind == RowKind.POLICY ? what + " " + name + when : what + when + ": " + name;
  }

  /**
   * A column of the model, e.g. "Mine output 产量: Bijie mines (Bijie 毕节)" for {@code q.bijie-mines}, "Output 出力,
   * dry-peak: Pannan (COAL, Liupanshui 六盘水)" for {@code x.pannan.dry-peak}.
   */
  public String column(String column) {
    ColumnKind kind = ColumnKind.of(column);
    String[] p = column.split("\\.");
    if (kind == null || p.length < 2) {
      return column;
    }
    return switch (kind) {
      case Q -> "Mine output 产量: " + mine(p[1]);
      case WC -> "Washed clean coal 洗精煤: " + mine(p[1]);
      case WB -> "Washing byproduct: " + mine(p[1]);
      case WW -> "Raw coal washed 入洗原煤: " + mine(p[1]);
      case BW -> "Washery units built 洗煤厂新建: " + mine(p[1]);
      case Y -> "Coal on arc 运煤" + grade(p, 2) + ": " + names.entity("arc_capacity", p[1]);
      case Z -> "Coal burned 发电用煤" + grade(p, 2) + ": " + plant(p[1]);
      case W -> "Coal fed to industry" + grade(p, 2) + ": " + names.entity("industry", p[1]);
      case CD -> "Coal delivered 供煤" + origin(p, 2) + ": " + names.entity("coal_demand", p[1]);
      case X -> "Output 出力" + period(p, 2) + ": " + plant(p[1]);
      case PUMP -> "Pumping 抽水" + period(p, 2) + ": " + plant(p[1]);
      case LVL -> "Storage level" + period(p, 2) + ": " + plant(p[1]);
      case SPILL -> "Spill 弃水" + period(p, 2) + ": " + plant(p[1]);
      case F -> "Flow 潮流" + period(p, 2) + ": " + line(p[1]);
      case FR -> "Reverse flow 反向潮流" + period(p, 2) + ": " + line(p[1]);
      case S -> "Industry output 产量" + period(p, 2) + ": " + names.entity("industry", p[1]);
      case N -> "Potlines running: " + names.entity("industry", p[1]);
      case D -> "Direct supply 直供电" + period(p, 2) + ": " + names.entity("direct_supply_contract", p[1]);
      case U -> "Unserved load 缺电" + period(p, 2) + ": " + names.entity("demand", p[1]);
      case E -> "Export delivered 外送" + period(p, 2) + ": " + names.entity("export_contract", p[1]);
      case SH -> "Export shortfall 外送缺额" + period(p, 2) + ": " + names.entity("export_contract", p[1]);
      case B -> "Units built 新建: " + plant(p[1]);
      case BL -> "Line units built 新建: " + line(p[1]);
      case BM -> "Mine units built 扩建: " + mine(p[1]);
      case BP -> "Potlines built 新建电解槽系列: " + names.entity("industry", p[1]);
      case O -> "Units online 开机" + period(p, 2) + ": " + plant(p[1]);
      default -> column;
    };
  }

  private String mine(String id) {
    return names.entity("mine_capacity", id);
  }

  private String plant(String id) {
    return names.entity("plant_capacity", id);
  }

  private String line(String id) {
    return names.entity("line_capacity", id);
  }

  private static String period(String[] p, int i) {
    return p.length > i ? ", " + p[i] : "";
  }

  /** ", grade washed" and the origin class when the name has one. */
  private static String grade(String[] p, int i) {
    return (p.length > i ? ", grade " + p[i] : "") + origin(p, i + 1);
  }

  /** ", from large mines" / ", from small mines" (大煤保大电 origin class), or nothing. */
  private static String origin(String[] p, int i) {
    if (p.length <= i) {
      return "";
    }
    return switch (p[i]) {
      case "L" -> ", from large mines 大矿";
      case "S" -> ", from small mines 小矿";
      default -> ", " + p[i];
    };
  }
}
