package org.coalgrid.domain;

/** Integrated-industry chains (一体化产业). */
public enum Chain {
  ALUMINIUM("煤电铝"), PHOSPHORUS("煤电磷"), STEEL("煤电钢"), COAL_CHEMICAL("煤电化"), FERROALLOY("铁合金"),
  CEMENT("水泥"), CARBIDE_PVC("电石-PVC"), COKE("焦化"), OTHER("其他");

  private final String zh;

  Chain(String zh) {
    this.zh = zh;
  }

  public String zh() {
    return zh;
  }
}
