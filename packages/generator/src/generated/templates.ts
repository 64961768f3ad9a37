// @ts-nocheck
// GENERATED from templates/ by packages/generator/scripts/precompile.ts: do not edit.
// Regenerate with `pnpm --filter @ndb-kit/generator precompile`; a test fails while it is stale.
import { NOTICE_TEMPLATES } from './notice-templates.ts';
export const TEMPLATE_VERSION = "4304b51138558438bb2c87f16921321f893e7bb200fcfd645222444aa504636c";
export const TEMPLATES = {
  ...NOTICE_TEMPLATES,
  "plan/00-cover.md": { format: "md", spec: {"0":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n> [!CAUTION]\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"banners"),{"name":"each","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":5,"column":0},"end":{"line":10,"column":9}}})) != null ? stack1 : "");
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "> **"
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,depth0,{"name":"md","hash":{},"data":data,"loc":{"start":{"line":6,"column":4},"end":{"line":6,"column":15}}})) != null ? stack1 : "")
    + "**\n"
    + ((stack1 = lookupProperty(helpers,"unless").call(alias1,lookupProperty(data,"last"),{"name":"unless","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":7,"column":0},"end":{"line":9,"column":11}}})) != null ? stack1 : "");
},"2":function(container,depth0,helpers,partials,data) {
    return ">\n";
},"3":function(container,depth0,helpers,partials,data) {
    return " · **DRAFT**";
},"4":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " ("
    + ((stack1 = lookupProperty(helpers,"md").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"practice"),"legalName"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":22,"column":79},"end":{"line":22,"column":104}}})) != null ? stack1 : "")
    + ")";
},"5":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "| ABN | "
    + ((stack1 = lookupProperty(helpers,"md").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"practice"),"abn"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":24,"column":8},"end":{"line":24,"column":27}}})) != null ? stack1 : "")
    + " |\n";
},"6":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " "
    + ((stack1 = lookupProperty(helpers,"md").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"practice"),"postcode"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":26,"column":106},"end":{"line":26,"column":130}}})) != null ? stack1 : "");
},"7":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " ("
    + ((stack1 = lookupProperty(helpers,"md").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(lookupProperty(depth0,"plan"),"approval"),"versionNote"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":28,"column":66},"end":{"line":28,"column":98}}})) != null ? stack1 : "")
    + ")";
},"8":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ", "
    + ((stack1 = lookupProperty(helpers,"md").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(lookupProperty(depth0,"plan"),"approval"),"versionNote"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":28,"column":109},"end":{"line":28,"column":141}}})) != null ? stack1 : "");
},"9":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "A State or Territory authority is not an \"organisation\" under the Privacy Act ("
    + ((stack1 = lookupProperty(helpers,"cite").call(alias1,"s6C",{"name":"cite","hash":{},"data":data,"loc":{"start":{"line":32,"column":194},"end":{"line":32,"column":208}}})) != null ? stack1 : "")
    + "), so Part IIIC does not bind "
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(lookupProperty(depth0,"practice"),"tradingName"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":32,"column":238},"end":{"line":32,"column":265}}})) != null ? stack1 : "")
    + "; check the state's own scheme with your privacy officer or lawyer.";
},"10":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"coverage"),"commonwealthAgency"),{"name":"if","hash":{},"fn":container.program(11, data, 0),"inverse":container.program(12, data, 0),"data":data,"loc":{"start":{"line":32,"column":332},"end":{"line":32,"column":1908}}})) != null ? stack1 : "");
},"11":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "A Commonwealth agency is an APP entity, so Part IIIC applies to the personal information it holds ("
    + ((stack1 = lookupProperty(helpers,"cite").call(depth0 != null ? depth0 : (container.nullContext || {}),"s26WE(1)",{"name":"cite","hash":{},"data":data,"loc":{"start":{"line":32,"column":470},"end":{"line":32,"column":489}}})) != null ? stack1 : "")
    + ").";
},"12":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"coverage"),"healthProvider"),{"name":"if","hash":{},"fn":container.program(13, data, 0),"inverse":container.program(16, data, 0),"data":data,"loc":{"start":{"line":32,"column":491},"end":{"line":32,"column":1908}}})) != null ? stack1 : "");
},"13":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "It provides a health service and holds health information, so it is an organisation bound by the Privacy Act whatever its annual turnover ("
    + ((stack1 = lookupProperty(helpers,"cite").call(alias1,"s6D(4)(b)",{"name":"cite","hash":{},"data":data,"loc":{"start":{"line":32,"column":665},"end":{"line":32,"column":685}}})) != null ? stack1 : "")
    + ")"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"coverage"),"turnover"),{"name":"if","hash":{},"fn":container.program(14, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":32,"column":686},"end":{"line":32,"column":822}}})) != null ? stack1 : "")
    + ". Part IIIC therefore applies to the personal information it holds ("
    + ((stack1 = lookupProperty(helpers,"cite").call(alias1,"s26WE(1)",{"name":"cite","hash":{},"data":data,"loc":{"start":{"line":32,"column":890},"end":{"line":32,"column":909}}})) != null ? stack1 : "")
    + ").";
},"14":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"unless").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"coverage"),"overThreshold"),{"name":"unless","hash":{},"fn":container.program(15, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":32,"column":711},"end":{"line":32,"column":815}}})) != null ? stack1 : "");
},"15":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ": a turnover of "
    + ((stack1 = lookupProperty(helpers,"md").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"coverage"),"turnover"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":32,"column":761},"end":{"line":32,"column":785}}})) != null ? stack1 : "")
    + " does not exempt it";
},"16":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"coverage"),"overThreshold"),{"name":"if","hash":{},"fn":container.program(17, data, 0),"inverse":container.program(18, data, 0),"data":data,"loc":{"start":{"line":32,"column":911},"end":{"line":32,"column":1908}}})) != null ? stack1 : "");
},"17":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "Its annual turnover ("
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(lookupProperty(depth0,"coverage"),"turnover"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":32,"column":966},"end":{"line":32,"column":990}}})) != null ? stack1 : "")
    + ") is over "
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(lookupProperty(depth0,"coverage"),"ceiling"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":32,"column":1000},"end":{"line":32,"column":1023}}})) != null ? stack1 : "")
    + ", so it is not a small business operator and the Privacy Act binds it ("
    + ((stack1 = lookupProperty(helpers,"cite").call(alias1,"s6D",{"name":"cite","hash":{},"data":data,"loc":{"start":{"line":32,"column":1094},"end":{"line":32,"column":1108}}})) != null ? stack1 : "")
    + "); Part IIIC applies to the personal information it holds ("
    + ((stack1 = lookupProperty(helpers,"cite").call(alias1,"s26WE(1)",{"name":"cite","hash":{},"data":data,"loc":{"start":{"line":32,"column":1167},"end":{"line":32,"column":1186}}})) != null ? stack1 : "")
    + ").";
},"18":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(lookupProperty(depth0,"tailoring"),"carveIns"),"length"),{"name":"if","hash":{},"fn":container.program(19, data, 0),"inverse":container.program(23, data, 0),"data":data,"loc":{"start":{"line":32,"column":1188},"end":{"line":32,"column":1908}}})) != null ? stack1 : "");
},"19":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "Its annual turnover is "
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(lookupProperty(depth0,"coverage"),"ceiling"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":32,"column":1248},"end":{"line":32,"column":1271}}})) != null ? stack1 : "")
    + " or less, so it is a small business operator ("
    + ((stack1 = lookupProperty(helpers,"cite").call(alias1,"s6D",{"name":"cite","hash":{},"data":data,"loc":{"start":{"line":32,"column":1317},"end":{"line":32,"column":1331}}})) != null ? stack1 : "")
    + "), but the Privacy Act binds it because "
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(lookupProperty(depth0,"tailoring"),"carveIns"),{"name":"each","hash":{},"fn":container.program(20, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":32,"column":1371},"end":{"line":32,"column":1530}}})) != null ? stack1 : "")
    + ". Part IIIC applies to the personal information the Act covers in its hands ("
    + ((stack1 = lookupProperty(helpers,"cite").call(alias1,"s26WE(1)",{"name":"cite","hash":{},"data":data,"loc":{"start":{"line":32,"column":1607},"end":{"line":32,"column":1626}}})) != null ? stack1 : "")
    + "): assess each breach against that.";
},"20":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(depth0,"because"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":32,"column":1399},"end":{"line":32,"column":1413}}})) != null ? stack1 : "")
    + " ("
    + ((stack1 = lookupProperty(helpers,"cite").call(alias1,lookupProperty(depth0,"section"),{"name":"cite","hash":{},"data":data,"loc":{"start":{"line":32,"column":1415},"end":{"line":32,"column":1431}}})) != null ? stack1 : "")
    + ")"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"onlyFor"),{"name":"if","hash":{},"fn":container.program(21, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":32,"column":1432},"end":{"line":32,"column":1479}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"unless").call(alias1,lookupProperty(data,"last"),{"name":"unless","hash":{},"fn":container.program(22, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":32,"column":1479},"end":{"line":32,"column":1521}}})) != null ? stack1 : "");
},"21":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ", for "
    + ((stack1 = lookupProperty(helpers,"md").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"onlyFor"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":32,"column":1453},"end":{"line":32,"column":1467}}})) != null ? stack1 : "")
    + " only";
},"22":function(container,depth0,helpers,partials,data) {
    return "; and because ";
},"23":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "A small business operator is bound only if a carve-in applies, such as providing a health service and holding health information ("
    + ((stack1 = lookupProperty(helpers,"cite").call(alias1,"s6D(4)",{"name":"cite","hash":{},"data":data,"loc":{"start":{"line":32,"column":1799},"end":{"line":32,"column":1816}}})) != null ? stack1 : "")
    + "). Confirm with your privacy officer or lawyer which applies to "
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(lookupProperty(depth0,"practice"),"tradingName"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":32,"column":1880},"end":{"line":32,"column":1907}}})) != null ? stack1 : "")
    + ".";
},"24":function(container,depth0,helpers,partials,data) {
    return "To be signed when it is approved";
},"25":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "| Name | "
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(depth0,"name"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":41,"column":9},"end":{"line":41,"column":20}}})) != null ? stack1 : "")
    + " |\n| Position | "
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(depth0,"position"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":42,"column":13},"end":{"line":42,"column":28}}})) != null ? stack1 : "")
    + " |\n| Date | "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"date"),{"name":"if","hash":{},"fn":container.program(26, data, 0),"inverse":container.program(27, data, 0),"data":data,"loc":{"start":{"line":43,"column":9},"end":{"line":43,"column":81}}})) != null ? stack1 : "")
    + " |\n| Signature | \\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_ |\n";
},"26":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"date").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"date"),{"name":"date","hash":{},"data":data,"loc":{"start":{"line":43,"column":21},"end":{"line":43,"column":34}}})) != null ? stack1 : "");
},"27":function(container,depth0,helpers,partials,data) {
    return "\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_";
},"28":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(lookupProperty(depth0,"plan"),"approval"),"contentChanged"),{"name":"if","hash":{},"fn":container.program(29, data, 0),"inverse":container.program(30, data, 0),"data":data,"loc":{"start":{"line":46,"column":99},"end":{"line":46,"column":210}}})) != null ? stack1 : "");
},"29":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " (approved: "
    + ((stack1 = lookupProperty(helpers,"md").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(lookupProperty(depth0,"plan"),"approval"),"approvedHash"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":46,"column":147},"end":{"line":46,"column":180}}})) != null ? stack1 : "")
    + ")";
},"30":function(container,depth0,helpers,partials,data) {
    return " (as approved)";
},"31":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(lookupProperty(depth0,"plan"),"approval"),"rulesChanged"),{"name":"if","hash":{},"fn":container.program(32, data, 0),"inverse":container.program(30, data, 0),"data":data,"loc":{"start":{"line":47,"column":93},"end":{"line":47,"column":210}}})) != null ? stack1 : "");
},"32":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " (approved: "
    + ((stack1 = lookupProperty(helpers,"md").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(lookupProperty(depth0,"plan"),"approval"),"approvedRulesVersion"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":47,"column":139},"end":{"line":47,"column":180}}})) != null ? stack1 : "")
    + ")";
},"33":function(container,depth0,helpers,partials,data) {
    return "Until this version is approved, the plan is marked **DRAFT**.";
},"34":function(container,depth0,helpers,partials,data) {
    return "If either changes, the plan becomes a draft again until it is re-approved.";
},"35":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "| Revision | Date | By | What changed |\n|---|---|---|---|\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(lookupProperty(depth0,"plan"),"approval"),"revisions"),{"name":"each","hash":{},"fn":container.program(36, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":54,"column":0},"end":{"line":56,"column":9}}})) != null ? stack1 : "");
},"36":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "| "
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(depth0,"version"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":55,"column":2},"end":{"line":55,"column":16}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = lookupProperty(helpers,"date").call(alias1,lookupProperty(depth0,"date"),{"name":"date","hash":{},"data":data,"loc":{"start":{"line":55,"column":19},"end":{"line":55,"column":32}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"by"),{"name":"if","hash":{},"fn":container.program(37, data, 0),"inverse":container.program(38, data, 0),"data":data,"loc":{"start":{"line":55,"column":35},"end":{"line":55,"column":70}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(depth0,"summary"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":55,"column":73},"end":{"line":55,"column":87}}})) != null ? stack1 : "")
    + " |\n";
},"37":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"md").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"by"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":55,"column":45},"end":{"line":55,"column":54}}})) != null ? stack1 : "");
},"38":function(container,depth0,helpers,partials,data) {
    return "—";
},"39":function(container,depth0,helpers,partials,data) {
    return "No revision history is recorded in the policy yet (`plan.revisions`).\n";
},"40":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "| Copy holder | Role or organisation | Copy |\n|---|---|---|\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(lookupProperty(depth0,"plan"),"approval"),"distribution"),{"name":"each","hash":{},"fn":container.program(41, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":64,"column":0},"end":{"line":66,"column":9}}})) != null ? stack1 : "");
},"41":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "| "
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(depth0,"name"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":65,"column":2},"end":{"line":65,"column":13}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"detail"),{"name":"if","hash":{},"fn":container.program(42, data, 0),"inverse":container.program(38, data, 0),"data":data,"loc":{"start":{"line":65,"column":16},"end":{"line":65,"column":59}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(depth0,"copy"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":65,"column":62},"end":{"line":65,"column":73}}})) != null ? stack1 : "")
    + " |\n";
},"42":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"md").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"detail"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":65,"column":30},"end":{"line":65,"column":43}}})) != null ? stack1 : "");
},"43":function(container,depth0,helpers,partials,data) {
    return "No distribution list is recorded in the policy yet (`plan.distribution`).\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "# "
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(lookupProperty(depth0,"practice"),"tradingName"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":1,"column":2},"end":{"line":1,"column":29}}})) != null ? stack1 : "")
    + ": data breach response plan\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"banners"),"length"),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":2,"column":0},"end":{"line":11,"column":7}}})) != null ? stack1 : "")
    + "\n**CONFIDENTIAL**"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(lookupProperty(depth0,"plan"),"approval"),"marked"),{"name":"if","hash":{},"fn":container.program(3, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":13,"column":16},"end":{"line":13,"column":63}}})) != null ? stack1 : "")
    + " · For "
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(lookupProperty(depth0,"practice"),"tradingName"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":13,"column":70},"end":{"line":13,"column":97}}})) != null ? stack1 : "")
    + "'s staff and the holders on its distribution list (below): it names people, phone numbers and systems.\n\n> [!WARNING]\n> **"
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(lookupProperty(depth0,"build"),"notAdvice"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":16,"column":4},"end":{"line":16,"column":26}}})) != null ? stack1 : "")
    + "**\n>\n> The law is stated as at "
    + ((stack1 = lookupProperty(helpers,"date").call(alias1,lookupProperty(lookupProperty(depth0,"build"),"lawAsAt"),{"name":"date","hash":{},"data":data,"loc":{"start":{"line":18,"column":26},"end":{"line":18,"column":48}}})) != null ? stack1 : "")
    + ". Each statement of the law in this plan gives its source in brackets; the practical steps (whom to call, what to keep) are ndb-kit's suggestions, not law.\n\n| | |\n|---|---|\n| Practice | "
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(lookupProperty(depth0,"practice"),"tradingName"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":22,"column":13},"end":{"line":22,"column":40}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"practice"),"tradesUnderOtherName"),{"name":"if","hash":{},"fn":container.program(4, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":22,"column":40},"end":{"line":22,"column":112}}})) != null ? stack1 : "")
    + " |\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"practice"),"abn"),{"name":"if","hash":{},"fn":container.program(5, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":23,"column":0},"end":{"line":25,"column":7}}})) != null ? stack1 : "")
    + "| Address | "
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(lookupProperty(depth0,"practice"),"street"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":26,"column":12},"end":{"line":26,"column":34}}})) != null ? stack1 : "")
    + ", "
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(lookupProperty(depth0,"practice"),"suburb"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":26,"column":36},"end":{"line":26,"column":58}}})) != null ? stack1 : "")
    + " "
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(lookupProperty(depth0,"practice"),"state"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":26,"column":59},"end":{"line":26,"column":80}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"practice"),"postcode"),{"name":"if","hash":{},"fn":container.program(6, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":26,"column":80},"end":{"line":26,"column":137}}})) != null ? stack1 : "")
    + " |\n| Phone and email | "
    + ((stack1 = lookupProperty(helpers,"phone").call(alias1,lookupProperty(lookupProperty(depth0,"practice"),"phone"),{"name":"phone","hash":{},"data":data,"loc":{"start":{"line":27,"column":20},"end":{"line":27,"column":44}}})) != null ? stack1 : "")
    + " · "
    + ((stack1 = lookupProperty(helpers,"email").call(alias1,lookupProperty(lookupProperty(depth0,"practice"),"email"),{"name":"email","hash":{},"data":data,"loc":{"start":{"line":27,"column":47},"end":{"line":27,"column":71}}})) != null ? stack1 : "")
    + " |\n| Plan version | "
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(lookupProperty(depth0,"plan"),"version"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":28,"column":17},"end":{"line":28,"column":36}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(lookupProperty(depth0,"plan"),"approval"),"marked"),{"name":"if","hash":{},"fn":container.program(7, data, 0),"inverse":container.program(8, data, 0),"data":data,"loc":{"start":{"line":28,"column":36},"end":{"line":28,"column":148}}})) != null ? stack1 : "")
    + " |\n| Next review | "
    + ((stack1 = lookupProperty(helpers,"date").call(alias1,lookupProperty(lookupProperty(depth0,"plan"),"nextReview"),{"name":"date","hash":{},"data":data,"loc":{"start":{"line":29,"column":16},"end":{"line":29,"column":40}}})) != null ? stack1 : "")
    + " |\n| Built | "
    + ((stack1 = lookupProperty(helpers,"date").call(alias1,lookupProperty(lookupProperty(depth0,"build"),"date"),{"name":"date","hash":{},"data":data,"loc":{"start":{"line":30,"column":10},"end":{"line":30,"column":29}}})) != null ? stack1 : "")
    + " with ndb-kit rules "
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(lookupProperty(depth0,"build"),"rulesVersion"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":30,"column":49},"end":{"line":30,"column":74}}})) != null ? stack1 : "")
    + " |\n\n**Why the notifiable data breaches scheme applies to "
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(lookupProperty(depth0,"practice"),"tradingName"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":32,"column":53},"end":{"line":32,"column":80}}})) != null ? stack1 : "")
    + ".** "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"coverage"),"stateAuthority"),{"name":"if","hash":{},"fn":container.program(9, data, 0),"inverse":container.program(10, data, 0),"data":data,"loc":{"start":{"line":32,"column":84},"end":{"line":32,"column":1915}}})) != null ? stack1 : "")
    + "\n\nThis plan follows the OAIC's four steps for responding to a data breach: contain, assess, notify, review ("
    + ((stack1 = lookupProperty(helpers,"cite").call(alias1,"oaic_four_steps",{"name":"cite","hash":{},"data":data,"loc":{"start":{"line":34,"column":106},"end":{"line":34,"column":132}}})) != null ? stack1 : "")
    + "). It is written for "
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(lookupProperty(depth0,"practice"),"tradingName"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":34,"column":153},"end":{"line":34,"column":180}}})) != null ? stack1 : "")
    + "'s own people, systems and suppliers, as a "
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(lookupProperty(lookupProperty(depth0,"tailoring"),"profile"),"label"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":34,"column":223},"end":{"line":34,"column":253}}})) != null ? stack1 : "")
    + ". Keep a printed copy somewhere you can reach when the computers are down.\n\n**If a breach is happening now, go straight to section 1.**\n\n| Approval of this version | "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(lookupProperty(depth0,"plan"),"approval"),"marked"),{"name":"if","hash":{},"fn":container.program(24, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":38,"column":29},"end":{"line":38,"column":96}}})) != null ? stack1 : "")
    + " |\n|---|---|\n"
    + ((stack1 = lookupProperty(helpers,"with").call(alias1,lookupProperty(lookupProperty(lookupProperty(depth0,"plan"),"approval"),"signatory"),{"name":"with","hash":{},"fn":container.program(25, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":40,"column":0},"end":{"line":45,"column":9}}})) != null ? stack1 : "")
    + "| Policy content hash (SHA-256) | "
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(lookupProperty(lookupProperty(depth0,"plan"),"approval"),"policyHash"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":46,"column":34},"end":{"line":46,"column":65}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(lookupProperty(depth0,"plan"),"approval"),"approvedHash"),{"name":"if","hash":{},"fn":container.program(28, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":46,"column":65},"end":{"line":46,"column":217}}})) != null ? stack1 : "")
    + " |\n| Rules version | "
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(lookupProperty(lookupProperty(depth0,"plan"),"approval"),"rulesVersion"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":47,"column":18},"end":{"line":47,"column":51}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(lookupProperty(depth0,"plan"),"approval"),"approvedRulesVersion"),{"name":"if","hash":{},"fn":container.program(31, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":47,"column":51},"end":{"line":47,"column":217}}})) != null ? stack1 : "")
    + " |\n\nThe content hash covers the whole practice policy except its approval fields and its drill and restore-test logs; `ndb approve` records it with the rules version. "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(lookupProperty(depth0,"plan"),"approval"),"marked"),{"name":"if","hash":{},"fn":container.program(33, data, 0),"inverse":container.program(34, data, 0),"data":data,"loc":{"start":{"line":49,"column":163},"end":{"line":49,"column":341}}})) != null ? stack1 : "")
    + "\n\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(lookupProperty(lookupProperty(depth0,"plan"),"approval"),"revisions"),"length"),{"name":"if","hash":{},"fn":container.program(35, data, 0),"inverse":container.program(39, data, 0),"data":data,"loc":{"start":{"line":51,"column":0},"end":{"line":59,"column":7}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(lookupProperty(lookupProperty(depth0,"plan"),"approval"),"distribution"),"length"),{"name":"if","hash":{},"fn":container.program(40, data, 0),"inverse":container.program(43, data, 0),"data":data,"loc":{"start":{"line":61,"column":0},"end":{"line":69,"column":7}}})) != null ? stack1 : "");
},"useData":true} },
  "plan/01-start-here.md": { format: "md", spec: {"0":function(container,depth0,helpers,partials,data) {
    return "1. **You lead the response.** You hold every role in this plan. If you cannot act (illness, leave), your stand-in must have a printed copy of this plan.\n";
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "1. **Call the response lead, "
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(lookupProperty(lookupProperty(lookupProperty(depth0,"roles"),"responseLead"),"person"),"name"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":9,"column":29},"end":{"line":9,"column":66}}})) != null ? stack1 : "")
    + "**, on "
    + ((stack1 = lookupProperty(helpers,"phone").call(alias1,lookupProperty(lookupProperty(lookupProperty(lookupProperty(depth0,"roles"),"responseLead"),"person"),"phone"),{"name":"phone","hash":{},"data":data,"loc":{"start":{"line":9,"column":73},"end":{"line":9,"column":114}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(lookupProperty(lookupProperty(depth0,"roles"),"responseLead"),"person"),"afterHoursPhone"),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":9,"column":114},"end":{"line":9,"column":236}}})) != null ? stack1 : "")
    + ". No answer within 30 minutes: call the deputy, **"
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(lookupProperty(lookupProperty(lookupProperty(depth0,"roles"),"deputy"),"person"),"name"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":9,"column":286},"end":{"line":9,"column":317}}})) != null ? stack1 : "")
    + "**, on "
    + ((stack1 = lookupProperty(helpers,"phone").call(alias1,lookupProperty(lookupProperty(lookupProperty(lookupProperty(depth0,"roles"),"deputy"),"person"),"phone"),{"name":"phone","hash":{},"data":data,"loc":{"start":{"line":9,"column":324},"end":{"line":9,"column":359}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(lookupProperty(lookupProperty(depth0,"roles"),"deputy"),"person"),"afterHoursPhone"),{"name":"if","hash":{},"fn":container.program(3, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":9,"column":359},"end":{"line":9,"column":469}}})) != null ? stack1 : "")
    + ".\n";
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " (after hours "
    + ((stack1 = lookupProperty(helpers,"phone").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(lookupProperty(lookupProperty(depth0,"roles"),"responseLead"),"person"),"afterHoursPhone"),{"name":"phone","hash":{},"data":data,"loc":{"start":{"line":9,"column":177},"end":{"line":9,"column":228}}})) != null ? stack1 : "")
    + ")";
},"3":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " (after hours "
    + ((stack1 = lookupProperty(helpers,"phone").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(lookupProperty(lookupProperty(depth0,"roles"),"deputy"),"person"),"afterHoursPhone"),{"name":"phone","hash":{},"data":data,"loc":{"start":{"line":9,"column":416},"end":{"line":9,"column":461}}})) != null ? stack1 : "")
    + ")";
},"4":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "1. **Call "
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(lookupProperty(depth0,"msp"),"name"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":13,"column":10},"end":{"line":13,"column":25}}})) != null ? stack1 : "")
    + "** (managed IT) on "
    + ((stack1 = lookupProperty(helpers,"phone").call(alias1,lookupProperty(lookupProperty(depth0,"msp"),"phone"),{"name":"phone","hash":{},"data":data,"loc":{"start":{"line":13,"column":44},"end":{"line":13,"column":63}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"msp"),"afterHoursPhone"),{"name":"if","hash":{},"fn":container.program(5, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":13,"column":63},"end":{"line":13,"column":140}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"msp"),"reference"),{"name":"if","hash":{},"fn":container.program(6, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":13,"column":140},"end":{"line":13,"column":196}}})) != null ? stack1 : "")
    + ". Ask them to preserve logs before changing anything.\n";
},"5":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ", after hours "
    + ((stack1 = lookupProperty(helpers,"phone").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"msp"),"afterHoursPhone"),{"name":"phone","hash":{},"data":data,"loc":{"start":{"line":13,"column":104},"end":{"line":13,"column":133}}})) != null ? stack1 : "");
},"6":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "; quote "
    + ((stack1 = lookupProperty(helpers,"md").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"msp"),"reference"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":13,"column":169},"end":{"line":13,"column":189}}})) != null ? stack1 : "");
},"7":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"itSelf"),{"name":"if","hash":{},"fn":container.program(8, data, 0),"inverse":container.program(9, data, 0),"data":data,"loc":{"start":{"line":14,"column":0},"end":{"line":18,"column":0}}})) != null ? stack1 : "");
},"8":function(container,depth0,helpers,partials,data) {
    return "1. **Call the vendor** of the system involved (section 8) and ask them to preserve logs before anything is changed.\n";
},"9":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "1. **Call "
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(lookupProperty(depth0,"itHelp"),"name"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":17,"column":10},"end":{"line":17,"column":28}}})) != null ? stack1 : "")
    + "** (IT contact) on "
    + ((stack1 = lookupProperty(helpers,"phone").call(alias1,lookupProperty(lookupProperty(depth0,"itHelp"),"phone"),{"name":"phone","hash":{},"data":data,"loc":{"start":{"line":17,"column":47},"end":{"line":17,"column":69}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"itHelp"),"afterHoursPhone"),{"name":"if","hash":{},"fn":container.program(10, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":17,"column":69},"end":{"line":17,"column":152}}})) != null ? stack1 : "")
    + ". Ask for logs to be preserved before anything is changed.\n";
},"10":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ", after hours "
    + ((stack1 = lookupProperty(helpers,"phone").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"itHelp"),"afterHoursPhone"),{"name":"phone","hash":{},"data":data,"loc":{"start":{"line":17,"column":113},"end":{"line":17,"column":145}}})) != null ? stack1 : "");
},"11":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "1. **Call the insurer, "
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(lookupProperty(depth0,"insurer"),"name"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":20,"column":23},"end":{"line":20,"column":42}}})) != null ? stack1 : "")
    + "**, on "
    + ((stack1 = lookupProperty(helpers,"phone").call(alias1,lookupProperty(lookupProperty(depth0,"insurer"),"phone"),{"name":"phone","hash":{},"data":data,"loc":{"start":{"line":20,"column":49},"end":{"line":20,"column":72}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"insurer"),"reference"),{"name":"if","hash":{},"fn":container.program(12, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":20,"column":72},"end":{"line":20,"column":157}}})) != null ? stack1 : "")
    + ", before engaging outside experts: many policies only pay for help the insurer approved.\n";
},"12":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " and quote policy number **"
    + ((stack1 = lookupProperty(helpers,"md").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"insurer"),"reference"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":20,"column":124},"end":{"line":20,"column":148}}})) != null ? stack1 : "")
    + "**";
},"13":function(container,depth0,helpers,partials,data) {
    return "1. **No insurer is recorded in this plan.** If the practice has cyber or professional indemnity cover, find the policy and call the claims line before engaging outside experts.\n";
},"14":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " or "
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(lookupProperty(depth0,"localPolice"),"name"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":24,"column":165},"end":{"line":24,"column":188}}})) != null ? stack1 : "")
    + " on "
    + ((stack1 = lookupProperty(helpers,"phone").call(alias1,lookupProperty(lookupProperty(depth0,"localPolice"),"phone"),{"name":"phone","hash":{},"data":data,"loc":{"start":{"line":24,"column":192},"end":{"line":24,"column":219}}})) != null ? stack1 : "");
},"15":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "1. **Could My Health Record be involved?** If it has or may have been, follow section 5.6 as soon as practicable ("
    + ((stack1 = lookupProperty(helpers,"cite").call(depth0 != null ? depth0 : (container.nullContext || {}),"mhr_s75",{"name":"cite","hash":{},"data":data,"loc":{"start":{"line":26,"column":114},"end":{"line":26,"column":132}}})) != null ? stack1 : "")
    + ").\n";
},"16":function(container,depth0,helpers,partials,data) {
    return "you have";
},"17":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"md").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(lookupProperty(lookupProperty(depth0,"roles"),"communicationsLead"),"person"),"name"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":31,"column":208},"end":{"line":31,"column":251}}})) != null ? stack1 : "")
    + " has";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "## 1. Breach now? Start here\n\nWork down this list in the first hour, noting the time of each step in the incident register (section 7).\n\n1. **Write down the date and time you found out**, who told you and what they saw. The "
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(lookupProperty(depth0,"assessment"),"days"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":5,"column":87},"end":{"line":5,"column":109}}})) != null ? stack1 : "")
    + "-day assessment clock runs from here ("
    + ((stack1 = lookupProperty(helpers,"cite").call(alias1,"s26WH(2)",{"name":"cite","hash":{},"data":data,"loc":{"start":{"line":5,"column":147},"end":{"line":5,"column":166}}})) != null ? stack1 : "")
    + ").\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"sole"),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.program(1, data, 0),"data":data,"loc":{"start":{"line":6,"column":0},"end":{"line":10,"column":7}}})) != null ? stack1 : "")
    + "1. **Stop it getting worse, without destroying evidence.** Disconnect an affected computer from the network, but do not switch it off, wipe it or delete anything. Then follow the runbook for the incident in section 3.\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"msp"),{"name":"if","hash":{},"fn":container.program(4, data, 0),"inverse":container.program(7, data, 0),"data":data,"loc":{"start":{"line":12,"column":0},"end":{"line":18,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"insurer"),{"name":"if","hash":{},"fn":container.program(11, data, 0),"inverse":container.program(13, data, 0),"data":data,"loc":{"start":{"line":19,"column":0},"end":{"line":23,"column":7}}})) != null ? stack1 : "")
    + "1. **Crime?** For theft, a break-in, extortion or ransomware, report to police on "
    + ((stack1 = lookupProperty(helpers,"phone").call(alias1,lookupProperty(lookupProperty(lookupProperty(depth0,"official"),"police"),"phone"),{"name":"phone","hash":{},"data":data,"loc":{"start":{"line":24,"column":82},"end":{"line":24,"column":113}}})) != null ? stack1 : "")
    + " (000 if anyone is in danger)"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"localPolice"),{"name":"if","hash":{},"fn":container.program(14, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":24,"column":142},"end":{"line":24,"column":226}}})) != null ? stack1 : "")
    + ", and to the Australian Cyber Security Hotline on "
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(lookupProperty(lookupProperty(depth0,"official"),"reportCyber"),"phone"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":24,"column":276},"end":{"line":24,"column":309}}})) != null ? stack1 : "")
    + ". Do not contact or pay an attacker.\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"mhr"),{"name":"if","hash":{},"fn":container.program(15, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":25,"column":0},"end":{"line":27,"column":7}}})) != null ? stack1 : "")
    + "1. **Start the assessment** (section 4) today: aware today means complete by day "
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(lookupProperty(depth0,"assessment"),"days"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":28,"column":81},"end":{"line":28,"column":103}}})) != null ? stack1 : "")
    + " (count from tomorrow; section 4.1). If serious harm is already likely, go straight to notifying (section 5).\n\n> [!IMPORTANT]\n> **Do not:** pay a ransom or reply to an attacker; delete emails, logs or files; switch off or reimage a device; tell "
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(lookupProperty(lookupProperty(depth0,"tailoring"),"profile"),"people"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":31,"column":119},"end":{"line":31,"column":150}}})) != null ? stack1 : "")
    + " or the media anything before "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"sole"),{"name":"if","hash":{},"fn":container.program(16, data, 0),"inverse":container.program(17, data, 0),"data":data,"loc":{"start":{"line":31,"column":180},"end":{"line":31,"column":262}}})) != null ? stack1 : "")
    + " checked the facts. There is no 72-hour deadline in Part IIIC: notify as soon as practicable once the breach is notifiable ("
    + ((stack1 = lookupProperty(helpers,"cite").call(alias1,"s26WK",{"name":"cite","hash":{},"data":data,"loc":{"start":{"line":31,"column":386},"end":{"line":31,"column":402}}})) != null ? stack1 : "")
    + ").\n";
},"useData":true} },
  "plan/02-roles.md": { format: "md", spec: {"0":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "**You hold every role in this plan.** As the only person named, you contain, assess, decide, notify and review, and you keep the record. Two things make that workable: keep this plan where a stand-in can find it, and lean on your outside contacts early ("
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"msp"),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":4,"column":254},"end":{"line":4,"column":296}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"insurer"),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":4,"column":296},"end":{"line":4,"column":361}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"lawyer"),{"name":"if","hash":{},"fn":container.program(3, data, 0),"inverse":container.program(4, data, 0),"data":data,"loc":{"start":{"line":4,"column":361},"end":{"line":4,"column":452}}})) != null ? stack1 : "")
    + ").\n\n| Your role | What it involves |\n|---|---|\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(depth0,"soleRoleList"),{"name":"each","hash":{},"fn":container.program(5, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":8,"column":0},"end":{"line":10,"column":9}}})) != null ? stack1 : "")
    + "\n**If you cannot act** (illness, leave, out of reach), there is no deputy in this plan. Agree now with a colleague you trust, or with your lawyer, that they will start section 1 for you, and tell them where this plan is.\n\n### Who you call\n\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"msp"),{"name":"if","hash":{},"fn":container.program(6, data, 0),"inverse":container.program(8, data, 0),"data":data,"loc":{"start":{"line":16,"column":0},"end":{"line":20,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"insurer"),{"name":"if","hash":{},"fn":container.program(9, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":21,"column":0},"end":{"line":23,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"lawyer"),{"name":"if","hash":{},"fn":container.program(11, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":24,"column":0},"end":{"line":26,"column":7}}})) != null ? stack1 : "")
    + "1. **Affected vendors** (section 8) if their system is involved.\n1. **OAIC**"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"mhr"),{"name":"if","hash":{},"fn":container.program(13, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":28,"column":11},"end":{"line":28,"column":74}}})) != null ? stack1 : "")
    + " once you decide the breach is notifiable (section 5).\n";
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"md").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"msp"),"name"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":4,"column":265},"end":{"line":4,"column":280}}})) != null ? stack1 : "")
    + " for IT, ";
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"md").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"insurer"),"name"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":4,"column":311},"end":{"line":4,"column":330}}})) != null ? stack1 : "")
    + " for incident response, ";
},"3":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"md").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"lawyer"),"name"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":4,"column":375},"end":{"line":4,"column":393}}})) != null ? stack1 : "")
    + " for legal advice";
},"4":function(container,depth0,helpers,partials,data) {
    return "a privacy lawyer for advice";
},"5":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "| "
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(depth0,"label"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":9,"column":2},"end":{"line":9,"column":14}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(depth0,"duty"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":9,"column":17},"end":{"line":9,"column":28}}})) != null ? stack1 : "")
    + " |\n";
},"6":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "1. **IT:** "
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(lookupProperty(depth0,"msp"),"name"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":17,"column":11},"end":{"line":17,"column":26}}})) != null ? stack1 : "")
    + ", "
    + ((stack1 = lookupProperty(helpers,"phone").call(alias1,lookupProperty(lookupProperty(depth0,"msp"),"phone"),{"name":"phone","hash":{},"data":data,"loc":{"start":{"line":17,"column":28},"end":{"line":17,"column":47}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"msp"),"afterHoursPhone"),{"name":"if","hash":{},"fn":container.program(7, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":17,"column":47},"end":{"line":17,"column":125}}})) != null ? stack1 : "")
    + ".\n";
},"7":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " (after hours "
    + ((stack1 = lookupProperty(helpers,"phone").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"msp"),"afterHoursPhone"),{"name":"phone","hash":{},"data":data,"loc":{"start":{"line":17,"column":88},"end":{"line":17,"column":117}}})) != null ? stack1 : "")
    + ")";
},"8":function(container,depth0,helpers,partials,data) {
    return "1. **IT:** the support line of the vendor whose system is involved (section 8); consider an IT incident responder through the insurer.\n";
},"9":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "1. **Insurer:** "
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(lookupProperty(depth0,"insurer"),"name"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":22,"column":16},"end":{"line":22,"column":35}}})) != null ? stack1 : "")
    + ", "
    + ((stack1 = lookupProperty(helpers,"phone").call(alias1,lookupProperty(lookupProperty(depth0,"insurer"),"phone"),{"name":"phone","hash":{},"data":data,"loc":{"start":{"line":22,"column":37},"end":{"line":22,"column":60}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"insurer"),"reference"),{"name":"if","hash":{},"fn":container.program(10, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":22,"column":60},"end":{"line":22,"column":125}}})) != null ? stack1 : "")
    + ".\n";
},"10":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ", policy "
    + ((stack1 = lookupProperty(helpers,"md").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"insurer"),"reference"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":22,"column":94},"end":{"line":22,"column":118}}})) != null ? stack1 : "");
},"11":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "1. **Lawyer:** "
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(lookupProperty(depth0,"lawyer"),"name"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":25,"column":15},"end":{"line":25,"column":33}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"lawyer"),"detail"),{"name":"if","hash":{},"fn":container.program(12, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":25,"column":33},"end":{"line":25,"column":84}}})) != null ? stack1 : "")
    + ", "
    + ((stack1 = lookupProperty(helpers,"phone").call(alias1,lookupProperty(lookupProperty(depth0,"lawyer"),"phone"),{"name":"phone","hash":{},"data":data,"loc":{"start":{"line":25,"column":86},"end":{"line":25,"column":108}}})) != null ? stack1 : "")
    + ".\n";
},"12":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " ("
    + ((stack1 = lookupProperty(helpers,"md").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"lawyer"),"detail"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":25,"column":56},"end":{"line":25,"column":76}}})) != null ? stack1 : "")
    + ")";
},"13":function(container,depth0,helpers,partials,data) {
    return " and the **Australian Digital Health Agency**";
},"14":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "| Role | Person | Phone | What it involves |\n|---|---|---|---|\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(depth0,"roleList"),{"name":"each","hash":{},"fn":container.program(15, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":32,"column":0},"end":{"line":34,"column":9}}})) != null ? stack1 : "")
    + "\n### Call tree\n\nWhoever finds or is told about a possible breach calls the response lead straight away, whatever the time. Each person below calls the next people on their line and tells the response lead when they have.\n\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(depth0,"callTree"),{"name":"each","hash":{},"fn":container.program(17, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":40,"column":0},"end":{"line":42,"column":9}}})) != null ? stack1 : "");
},"15":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "| **"
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(depth0,"label"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":33,"column":4},"end":{"line":33,"column":16}}})) != null ? stack1 : "")
    + "** | "
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(lookupProperty(depth0,"person"),"name"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":33,"column":21},"end":{"line":33,"column":39}}})) != null ? stack1 : "")
    + ", "
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(lookupProperty(depth0,"person"),"position"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":33,"column":41},"end":{"line":33,"column":63}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = lookupProperty(helpers,"phone").call(alias1,lookupProperty(lookupProperty(depth0,"person"),"phone"),{"name":"phone","hash":{},"data":data,"loc":{"start":{"line":33,"column":66},"end":{"line":33,"column":88}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"person"),"afterHoursPhone"),{"name":"if","hash":{},"fn":container.program(16, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":33,"column":88},"end":{"line":33,"column":171}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(depth0,"duty"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":33,"column":174},"end":{"line":33,"column":185}}})) != null ? stack1 : "")
    + " |\n";
},"16":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "; after hours "
    + ((stack1 = lookupProperty(helpers,"phone").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"person"),"afterHoursPhone"),{"name":"phone","hash":{},"data":data,"loc":{"start":{"line":33,"column":132},"end":{"line":33,"column":164}}})) != null ? stack1 : "");
},"17":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "1. **"
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(depth0,"from"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":41,"column":5},"end":{"line":41,"column":16}}})) != null ? stack1 : "")
    + "** → "
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(depth0,"calls"),{"name":"each","hash":{},"fn":container.program(18, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":41,"column":21},"end":{"line":41,"column":256}}})) != null ? stack1 : "")
    + ".\n";
},"18":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(depth0,"label"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":41,"column":36},"end":{"line":41,"column":48}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"name"),{"name":"if","hash":{},"fn":container.program(19, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":41,"column":48},"end":{"line":41,"column":79}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"phone"),{"name":"if","hash":{},"fn":container.program(20, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":41,"column":79},"end":{"line":41,"column":116}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"afterHoursPhone"),{"name":"if","hash":{},"fn":container.program(21, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":41,"column":116},"end":{"line":41,"column":186}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"note"),{"name":"if","hash":{},"fn":container.program(22, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":41,"column":186},"end":{"line":41,"column":217}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"unless").call(alias1,lookupProperty(data,"last"),{"name":"unless","hash":{},"fn":container.program(23, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":41,"column":217},"end":{"line":41,"column":247}}})) != null ? stack1 : "");
},"19":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " "
    + ((stack1 = lookupProperty(helpers,"md").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"name"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":41,"column":61},"end":{"line":41,"column":72}}})) != null ? stack1 : "");
},"20":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ", "
    + ((stack1 = lookupProperty(helpers,"phone").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"phone"),{"name":"phone","hash":{},"data":data,"loc":{"start":{"line":41,"column":94},"end":{"line":41,"column":109}}})) != null ? stack1 : "");
},"21":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " (after hours "
    + ((stack1 = lookupProperty(helpers,"phone").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"afterHoursPhone"),{"name":"phone","hash":{},"data":data,"loc":{"start":{"line":41,"column":153},"end":{"line":41,"column":178}}})) != null ? stack1 : "")
    + ")";
},"22":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " "
    + ((stack1 = lookupProperty(helpers,"md").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"note"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":41,"column":199},"end":{"line":41,"column":210}}})) != null ? stack1 : "");
},"23":function(container,depth0,helpers,partials,data) {
    return "; ";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "## 2. Roles and call tree\n\n"
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"sole"),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.program(14, data, 0),"data":data,"loc":{"start":{"line":3,"column":0},"end":{"line":43,"column":7}}})) != null ? stack1 : "");
},"useData":true} },
  "plan/03-contain.md": { format: "md", spec: {"0":function(container,depth0,helpers,partials,data) {
    return "You tick off each step and record it";
},"1":function(container,depth0,helpers,partials,data) {
    return "The response lead ticks off each step and records it";
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- "
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(depth0,"risk"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":10,"column":2},"end":{"line":10,"column":13}}})) != null ? stack1 : "")
    + " (section "
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(depth0,"runbook"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":10,"column":23},"end":{"line":10,"column":37}}})) != null ? stack1 : "")
    + ").\n";
},"3":function(container,depth0,helpers,partials,data) {
    return "use the device's find-my-device service, or ask the vendor,";
},"4":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "ask "
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(lookupProperty(depth0,"itHelp"),"name"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":16,"column":96},"end":{"line":16,"column":114}}})) != null ? stack1 : "")
    + " ("
    + ((stack1 = lookupProperty(helpers,"phone").call(alias1,lookupProperty(lookupProperty(depth0,"itHelp"),"phone"),{"name":"phone","hash":{},"data":data,"loc":{"start":{"line":16,"column":116},"end":{"line":16,"column":138}}})) != null ? stack1 : "")
    + ")";
},"5":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " ("
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"cloudSystems"),{"name":"each","hash":{},"fn":container.program(6, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":16,"column":240},"end":{"line":16,"column":312}}})) != null ? stack1 : "")
    + ")";
},"6":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"md").call(alias1,depth0,{"name":"md","hash":{},"data":data,"loc":{"start":{"line":16,"column":262},"end":{"line":16,"column":273}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"unless").call(alias1,lookupProperty(data,"last"),{"name":"unless","hash":{},"fn":container.program(7, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":16,"column":273},"end":{"line":16,"column":303}}})) != null ? stack1 : "");
},"7":function(container,depth0,helpers,partials,data) {
    return ", ";
},"8":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "1. **What the practice's portable devices' encryption means if one is lost** (from section 9; check it is still true):\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"tailoring"),"devices"),{"name":"each","hash":{},"fn":container.program(9, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":21,"column":0},"end":{"line":23,"column":9}}})) != null ? stack1 : "");
},"9":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "    - **"
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(depth0,"name"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":22,"column":8},"end":{"line":22,"column":19}}})) != null ? stack1 : "")
    + "**: "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"unprotected"),{"name":"if","hash":{},"fn":container.program(10, data, 0),"inverse":container.program(11, data, 0),"data":data,"loc":{"start":{"line":22,"column":23},"end":{"line":22,"column":81}}})) != null ? stack1 : "")
    + ". "
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(depth0,"ifLost"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":22,"column":83},"end":{"line":22,"column":96}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"notes"),{"name":"if","hash":{},"fn":container.program(12, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":22,"column":96},"end":{"line":22,"column":139}}})) != null ? stack1 : "")
    + "\n";
},"10":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "**"
    + ((stack1 = lookupProperty(helpers,"md").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"how"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":22,"column":44},"end":{"line":22,"column":54}}})) != null ? stack1 : "")
    + "**";
},"11":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"md").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"how"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":22,"column":64},"end":{"line":22,"column":74}}})) != null ? stack1 : "");
},"12":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " Recorded: "
    + ((stack1 = lookupProperty(helpers,"md").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"notes"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":22,"column":120},"end":{"line":22,"column":132}}})) != null ? stack1 : "");
},"13":function(container,depth0,helpers,partials,data) {
    return "1. No laptops, phones or tablets are marked as portable in the policy (`systems[].portable`): record each device that leaves the practice, with its encryption, so this runbook can say what losing it means.\n";
},"14":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "1. **IT:** check the message trace in "
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"emailSystems"),{"name":"each","hash":{},"fn":container.program(6, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":36,"column":38},"end":{"line":36,"column":110}}})) != null ? stack1 : "")
    + " for other recipients, forwarding and auto-forwarding rules.\n";
},"15":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "1. These systems do not use multi-factor authentication and are most at risk: "
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"systemsWithoutMfa"),{"name":"each","hash":{},"fn":container.program(16, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":44,"column":78},"end":{"line":44,"column":159}}})) != null ? stack1 : "")
    + ". Change their passwords too.\n";
},"16":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "**"
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,depth0,{"name":"md","hash":{},"data":data,"loc":{"start":{"line":44,"column":107},"end":{"line":44,"column":118}}})) != null ? stack1 : "")
    + "**"
    + ((stack1 = lookupProperty(helpers,"unless").call(alias1,lookupProperty(data,"last"),{"name":"unless","hash":{},"fn":container.program(7, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":44,"column":120},"end":{"line":44,"column":150}}})) != null ? stack1 : "");
},"17":function(container,depth0,helpers,partials,data) {
    return "Export (or ask the vendor to export)";
},"18":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "Ask "
    + ((stack1 = lookupProperty(helpers,"md").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"itHelp"),"name"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":47,"column":65},"end":{"line":47,"column":83}}})) != null ? stack1 : "")
    + " to export";
},"19":function(container,depth0,helpers,partials,data) {
    return "call the vendor of the affected system";
},"20":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "call "
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(lookupProperty(depth0,"itHelp"),"name"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":54,"column":76},"end":{"line":54,"column":94}}})) != null ? stack1 : "")
    + " on "
    + ((stack1 = lookupProperty(helpers,"phone").call(alias1,lookupProperty(lookupProperty(depth0,"itHelp"),"phone"),{"name":"phone","hash":{},"data":data,"loc":{"start":{"line":54,"column":98},"end":{"line":54,"column":120}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"itHelp"),"afterHoursPhone"),{"name":"if","hash":{},"fn":container.program(21, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":54,"column":120},"end":{"line":54,"column":204}}})) != null ? stack1 : "");
},"21":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " (after hours "
    + ((stack1 = lookupProperty(helpers,"phone").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"itHelp"),"afterHoursPhone"),{"name":"phone","hash":{},"data":data,"loc":{"start":{"line":54,"column":164},"end":{"line":54,"column":196}}})) != null ? stack1 : "")
    + ")";
},"22":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ", and the insurer, "
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(lookupProperty(depth0,"insurer"),"name"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":54,"column":245},"end":{"line":54,"column":264}}})) != null ? stack1 : "")
    + ", on "
    + ((stack1 = lookupProperty(helpers,"phone").call(alias1,lookupProperty(lookupProperty(depth0,"insurer"),"phone"),{"name":"phone","hash":{},"data":data,"loc":{"start":{"line":54,"column":269},"end":{"line":54,"column":292}}})) != null ? stack1 : "")
    + ": their incident response team may take over";
},"23":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "1. Systems on the practice's own servers to check first (section 9 has the full list):\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"systems"),{"name":"each","hash":{},"fn":container.program(24, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":57,"column":0},"end":{"line":63,"column":9}}})) != null ? stack1 : "");
},"24":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"onPremises"),{"name":"if","hash":{},"fn":container.program(25, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":58,"column":0},"end":{"line":62,"column":7}}})) != null ? stack1 : "");
},"25":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"unless").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"portable"),{"name":"unless","hash":{},"fn":container.program(26, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":59,"column":0},"end":{"line":61,"column":11}}})) != null ? stack1 : "");
},"26":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "    - **"
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(depth0,"name"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":60,"column":8},"end":{"line":60,"column":19}}})) != null ? stack1 : "")
    + "**, administered by "
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(depth0,"administeredBy"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":60,"column":39},"end":{"line":60,"column":60}}})) != null ? stack1 : "")
    + ": "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"encryptedAtRest"),{"name":"if","hash":{},"fn":container.program(27, data, 0),"inverse":container.program(28, data, 0),"data":data,"loc":{"start":{"line":60,"column":62},"end":{"line":60,"column":200}}})) != null ? stack1 : "")
    + "; "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"mfaOn"),{"name":"if","hash":{},"fn":container.program(29, data, 0),"inverse":container.program(30, data, 0),"data":data,"loc":{"start":{"line":60,"column":202},"end":{"line":60,"column":277}}})) != null ? stack1 : "")
    + "; backups: "
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(depth0,"backups"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":60,"column":288},"end":{"line":60,"column":302}}})) != null ? stack1 : "")
    + ".\n";
},"27":function(container,depth0,helpers,partials,data) {
    return "encrypted at rest";
},"28":function(container,depth0,helpers,partials,data) {
    return "**not encrypted at rest**: assume an attacker who reached it could read and copy it";
},"29":function(container,depth0,helpers,partials,data) {
    return "multi-factor sign-in";
},"30":function(container,depth0,helpers,partials,data) {
    return "**no multi-factor sign-in**";
},"31":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "1. Cloud services to check for sign-ins from the attacker: "
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"cloudSystems"),{"name":"each","hash":{},"fn":container.program(16, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":66,"column":59},"end":{"line":66,"column":135}}})) != null ? stack1 : "")
    + ". Ask each provider for its audit log before it rolls over.\n";
},"32":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "1. **What the contracts say.** These vendors have agreed in their contracts to tell the practice about a breach involving its data within a set time. Quote the term when you ask for their account:\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(lookupProperty(depth0,"tailoring"),"vendorTerms"),{"name":"each","hash":{},"fn":container.program(33, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":78,"column":0},"end":{"line":80,"column":9}}})) != null ? stack1 : "")
    + "1. **A contract window is not the law's clock.** A vendor's window (such as "
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(lookupProperty(depth0,"tailoring"),"vendorTerms"),{"name":"each","hash":{},"fn":container.program(40, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":81,"column":76},"end":{"line":81,"column":166}}})) != null ? stack1 : "")
    + ") is a promise the vendor made to the practice, nothing more. The practice's own duties start when it becomes aware of a possible breach, from the vendor or anyone else: assess within "
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(lookupProperty(depth0,"assessment"),"days"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":81,"column":350},"end":{"line":81,"column":372}}})) != null ? stack1 : "")
    + " days at most ("
    + ((stack1 = lookupProperty(helpers,"cite").call(alias1,"s26WH(2)",{"name":"cite","hash":{},"data":data,"loc":{"start":{"line":81,"column":387},"end":{"line":81,"column":406}}})) != null ? stack1 : "")
    + "), and notify as soon as practicable once it believes the breach is notifiable ("
    + ((stack1 = lookupProperty(helpers,"cite").call(alias1,"s26WK",{"name":"cite","hash":{},"data":data,"loc":{"start":{"line":81,"column":486},"end":{"line":81,"column":502}}})) != null ? stack1 : "")
    + "). Do not wait for the vendor's deadline when you already know enough.\n";
},"33":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "    - **"
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(depth0,"vendor"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":79,"column":8},"end":{"line":79,"column":21}}})) != null ? stack1 : "")
    + "**"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"systems"),"length"),{"name":"if","hash":{},"fn":container.program(34, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":79,"column":23},"end":{"line":79,"column":122}}})) != null ? stack1 : "")
    + ": must tell the practice within **"
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(depth0,"window"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":79,"column":156},"end":{"line":79,"column":169}}})) != null ? stack1 : "")
    + "** of becoming aware"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"clause"),{"name":"if","hash":{},"fn":container.program(35, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":79,"column":189},"end":{"line":79,"column":226}}})) != null ? stack1 : "")
    + ". Ask them"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"email"),{"name":"if","hash":{},"fn":container.program(36, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":79,"column":236},"end":{"line":79,"column":275}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"phone"),{"name":"if","hash":{},"fn":container.program(37, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":79,"column":275},"end":{"line":79,"column":337}}})) != null ? stack1 : "")
    + " for their written account"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"systems"),"length"),{"name":"if","hash":{},"fn":container.program(39, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":79,"column":363},"end":{"line":79,"column":503}}})) != null ? stack1 : "")
    + ".\n";
},"34":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " ("
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"systems"),{"name":"each","hash":{},"fn":container.program(6, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":79,"column":47},"end":{"line":79,"column":114}}})) != null ? stack1 : "")
    + ")";
},"35":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " ("
    + ((stack1 = lookupProperty(helpers,"md").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"clause"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":79,"column":205},"end":{"line":79,"column":218}}})) != null ? stack1 : "")
    + ")";
},"36":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " at "
    + ((stack1 = lookupProperty(helpers,"email").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"email"),{"name":"email","hash":{},"data":data,"loc":{"start":{"line":79,"column":253},"end":{"line":79,"column":268}}})) != null ? stack1 : "");
},"37":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"email"),{"name":"if","hash":{},"fn":container.program(38, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":79,"column":288},"end":{"line":79,"column":311}}})) != null ? stack1 : "")
    + " on "
    + ((stack1 = lookupProperty(helpers,"phone").call(alias1,lookupProperty(depth0,"phone"),{"name":"phone","hash":{},"data":data,"loc":{"start":{"line":79,"column":315},"end":{"line":79,"column":330}}})) != null ? stack1 : "");
},"38":function(container,depth0,helpers,partials,data) {
    return " or";
},"39":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " of what happened to the practice's data in "
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"systems"),{"name":"each","hash":{},"fn":container.program(6, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":79,"column":429},"end":{"line":79,"column":496}}})) != null ? stack1 : "");
},"40":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(data,"first"),{"name":"if","hash":{},"fn":container.program(41, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":81,"column":107},"end":{"line":81,"column":157}}})) != null ? stack1 : "");
},"41":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(depth0,"vendor"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":81,"column":121},"end":{"line":81,"column":134}}})) != null ? stack1 : "")
    + "'s "
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(depth0,"window"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":81,"column":137},"end":{"line":81,"column":150}}})) != null ? stack1 : "");
},"42":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "1. No contract term on breach notice is recorded for "
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"tailoring"),"vendorsWithoutTerms"),{"name":"each","hash":{},"fn":container.program(6, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":84,"column":53},"end":{"line":84,"column":142}}})) != null ? stack1 : "")
    + ": check the contracts and add what they say (`contacts.vendors[].breachNotice` in the policy), so the next incident starts with it.\n";
},"43":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(depth0,"name"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":88,"column":84},"end":{"line":88,"column":95}}})) != null ? stack1 : "")
    + " ("
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(depth0,"detail"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":88,"column":97},"end":{"line":88,"column":110}}})) != null ? stack1 : "")
    + ")"
    + ((stack1 = lookupProperty(helpers,"unless").call(alias1,lookupProperty(data,"last"),{"name":"unless","hash":{},"fn":container.program(44, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":88,"column":111},"end":{"line":88,"column":141}}})) != null ? stack1 : "");
},"44":function(container,depth0,helpers,partials,data) {
    return "; ";
},"45":function(container,depth0,helpers,partials,data) {
    return "none recorded";
},"46":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "; pathology and imaging: "
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"pathology"),{"name":"each","hash":{},"fn":container.program(47, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":88,"column":220},"end":{"line":88,"column":289}}})) != null ? stack1 : "");
},"47":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(depth0,"name"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":88,"column":239},"end":{"line":88,"column":250}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"unless").call(alias1,lookupProperty(data,"last"),{"name":"unless","hash":{},"fn":container.program(44, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":88,"column":250},"end":{"line":88,"column":280}}})) != null ? stack1 : "");
},"48":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "; managed IT: "
    + ((stack1 = lookupProperty(helpers,"md").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"msp"),"name"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":88,"column":321},"end":{"line":88,"column":336}}})) != null ? stack1 : "");
},"49":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " in "
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"healthSystems"),{"name":"each","hash":{},"fn":container.program(6, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":93,"column":103},"end":{"line":93,"column":176}}})) != null ? stack1 : "");
},"50":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "1. If they viewed anyone's My Health Record, the My Health Record path in section 5.6 applies ("
    + ((stack1 = lookupProperty(helpers,"cite").call(depth0 != null ? depth0 : (container.nullContext || {}),"mhr_s75",{"name":"cite","hash":{},"data":data,"loc":{"start":{"line":97,"column":95},"end":{"line":97,"column":113}}})) != null ? stack1 : "")
    + ").\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "## 3. Step 1: Contain\n\nContainment comes first: stop the information spreading and get it back if you can. Quick remedial action can mean a breach is not notifiable at all, if it is taken before serious harm results and a reasonable person would then conclude serious harm is not likely ("
    + ((stack1 = lookupProperty(helpers,"cite").call(alias1,"s26WF(1)",{"name":"cite","hash":{},"data":data,"loc":{"start":{"line":3,"column":265},"end":{"line":3,"column":284}}})) != null ? stack1 : "")
    + "; for lost information, action before anyone accesses it: "
    + ((stack1 = lookupProperty(helpers,"cite").call(alias1,"s26WF(3)",{"name":"cite","hash":{},"data":data,"loc":{"start":{"line":3,"column":342},"end":{"line":3,"column":361}}})) != null ? stack1 : "")
    + "). Keep evidence of every step: times, emails, written confirmations, logs.\n\nFind the runbook for what happened. "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"sole"),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.program(1, data, 0),"data":data,"loc":{"start":{"line":5,"column":36},"end":{"line":5,"column":151}}})) != null ? stack1 : "")
    + " in the incident register.\n\n**Where breaches at a "
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(lookupProperty(lookupProperty(depth0,"tailoring"),"profile"),"label"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":7,"column":22},"end":{"line":7,"column":52}}})) != null ? stack1 : "")
    + " usually start.** A "
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(lookupProperty(lookupProperty(depth0,"tailoring"),"profile"),"label"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":7,"column":72},"end":{"line":7,"column":102}}})) != null ? stack1 : "")
    + " typically holds "
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(lookupProperty(lookupProperty(depth0,"tailoring"),"profile"),"holds"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":7,"column":119},"end":{"line":7,"column":149}}})) != null ? stack1 : "")
    + ". The incidents that most often start a breach at practices like this, and the runbook for each:\n\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(lookupProperty(lookupProperty(depth0,"tailoring"),"profile"),"risks"),{"name":"each","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":9,"column":0},"end":{"line":11,"column":9}}})) != null ? stack1 : "")
    + "\n### 3.1 Lost or stolen laptop, phone, tablet or USB drive\n\n1. Find out exactly which device, when and where it was last seen, and whether it was locked.\n1. **IT:** "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"itSelf"),{"name":"if","hash":{},"fn":container.program(3, data, 0),"inverse":container.program(4, data, 0),"data":data,"loc":{"start":{"line":16,"column":11},"end":{"line":16,"column":146}}})) != null ? stack1 : "")
    + " to remotely lock or wipe it, and to sign it out of every service"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"cloudSystems"),"length"),{"name":"if","hash":{},"fn":container.program(5, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":16,"column":211},"end":{"line":16,"column":320}}})) != null ? stack1 : "")
    + ".\n1. Change the passwords the device stored or used; revoke its access to email and the clinical system.\n1. Establish whether it was encrypted (BitLocker, FileVault, a phone passcode) and whether the key or password was with it. Encryption with a safe key strongly lowers the risk ("
    + ((stack1 = lookupProperty(helpers,"cite").call(alias1,"s26WG(h)",{"name":"cite","hash":{},"data":data,"loc":{"start":{"line":18,"column":177},"end":{"line":18,"column":196}}})) != null ? stack1 : "")
    + "); encryption whose key went with the device counts for little.\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(lookupProperty(depth0,"tailoring"),"devices"),"length"),{"name":"if","hash":{},"fn":container.program(8, data, 0),"inverse":container.program(13, data, 0),"data":data,"loc":{"start":{"line":19,"column":0},"end":{"line":26,"column":7}}})) != null ? stack1 : "")
    + "1. Stolen: report it to police ("
    + ((stack1 = lookupProperty(helpers,"phone").call(alias1,lookupProperty(lookupProperty(lookupProperty(depth0,"official"),"police"),"phone"),{"name":"phone","hash":{},"data":data,"loc":{"start":{"line":27,"column":32},"end":{"line":27,"column":63}}})) != null ? stack1 : "")
    + ") and note the report number.\n1. Recovered: record how you know nobody accessed it (wipe log, sign-in history) before you rely on that.\n\n### 3.2 Email or letter sent to the wrong person\n\n1. **Within the hour:** recall the email if your system allows it, and phone the recipient. Ask them not to open, forward or copy it, and to delete it (including from deleted items).\n1. Ask for written confirmation that they have deleted it and kept no copy. A confirmation from a trustworthy recipient (for example another health provider) is strong evidence for remedial action ("
    + ((stack1 = lookupProperty(helpers,"cite").call(alias1,"s26WF(1)",{"name":"cite","hash":{},"data":data,"loc":{"start":{"line":33,"column":198},"end":{"line":33,"column":217}}})) != null ? stack1 : "")
    + ").\n1. Letter: ask for it back, or arrange to collect it; note its condition.\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"emailSystems"),"length"),{"name":"if","hash":{},"fn":container.program(14, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":35,"column":0},"end":{"line":37,"column":7}}})) != null ? stack1 : "")
    + "1. Group email with everyone's addresses in To or Cc (no BCC): the addresses themselves are the breach; send no reply-all and ask recipients to delete.\n\n### 3.3 Compromised account or phishing\n\n1. **IT:** reset the password of the account, end all its sessions and revoke app passwords; check multi-factor authentication is on and the attacker has not enrolled their own device.\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"systemsWithoutMfa"),"length"),{"name":"if","hash":{},"fn":container.program(15, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":43,"column":0},"end":{"line":45,"column":7}}})) != null ? stack1 : "")
    + "1. Look for mailbox rules that forward or delete mail, and for emails sent from the account (invoice fraud, phishing to patients).\n1. "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"itSelf"),{"name":"if","hash":{},"fn":container.program(17, data, 0),"inverse":container.program(18, data, 0),"data":data,"loc":{"start":{"line":47,"column":3},"end":{"line":47,"column":100}}})) != null ? stack1 : "")
    + " the sign-in and audit logs for the whole period before they roll over; many services keep them only 30 to 90 days.\n1. Work out what the attacker could read: mailbox contents and attachments, shared drives, the clinical system.\n1. Warn staff not to act on emails that appear to come from the account.\n\n### 3.4 Ransomware or other cyber attack\n\n1. **Isolate:** unplug affected computers from the network; do not switch them off (memory holds evidence). Disconnect backup drives so they are not encrypted too.\n1. **IT:** "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"itSelf"),{"name":"if","hash":{},"fn":container.program(19, data, 0),"inverse":container.program(20, data, 0),"data":data,"loc":{"start":{"line":54,"column":11},"end":{"line":54,"column":211}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"insurer"),{"name":"if","hash":{},"fn":container.program(22, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":54,"column":211},"end":{"line":54,"column":343}}})) != null ? stack1 : "")
    + ".\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"serverSystems"),"length"),{"name":"if","hash":{},"fn":container.program(23, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":55,"column":0},"end":{"line":64,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"cloudSystems"),"length"),{"name":"if","hash":{},"fn":container.program(31, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":65,"column":0},"end":{"line":67,"column":7}}})) != null ? stack1 : "")
    + "1. Report to the Australian Cyber Security Hotline ("
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(lookupProperty(lookupProperty(depth0,"official"),"reportCyber"),"phone"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":68,"column":52},"end":{"line":68,"column":85}}})) != null ? stack1 : "")
    + ") and police ("
    + ((stack1 = lookupProperty(helpers,"phone").call(alias1,lookupProperty(lookupProperty(lookupProperty(depth0,"official"),"police"),"phone"),{"name":"phone","hash":{},"data":data,"loc":{"start":{"line":68,"column":99},"end":{"line":68,"column":130}}})) != null ? stack1 : "")
    + ").\n1. Assume the attacker copied data before encrypting it: most ransomware groups do. Do not rely on an attacker's promise to delete stolen data ("
    + ((stack1 = lookupProperty(helpers,"cite").call(alias1,"oaic_threat_actor",{"name":"cite","hash":{},"data":data,"loc":{"start":{"line":69,"column":144},"end":{"line":69,"column":172}}})) != null ? stack1 : "")
    + ").\n1. **Payment:** do not pay, or let anyone pay for the practice, without legal and insurer advice. If a payment is made, the ransomware payment report in section 5.4 may be due within 72 hours.\n1. Restore from clean backups only after the entry point is closed.\n\n### 3.5 Breach at a vendor or service provider\n\n1. Get the vendor's account in writing: what happened, when, which of the practice's data and patients are involved, what they have done.\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(lookupProperty(depth0,"tailoring"),"vendorTerms"),"length"),{"name":"if","hash":{},"fn":container.program(32, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":76,"column":0},"end":{"line":82,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(lookupProperty(depth0,"tailoring"),"vendorsWithoutTerms"),"length"),{"name":"if","hash":{},"fn":container.program(42, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":83,"column":0},"end":{"line":85,"column":7}}})) != null ? stack1 : "")
    + "1. Agree who notifies. One entity's statement and notification can cover both ("
    + ((stack1 = lookupProperty(helpers,"cite").call(alias1,"s26WM",{"name":"cite","hash":{},"data":data,"loc":{"start":{"line":86,"column":79},"end":{"line":86,"column":95}}})) != null ? stack1 : "")
    + "), and one entity's assessment can cover the others ("
    + ((stack1 = lookupProperty(helpers,"cite").call(alias1,"s26WJ",{"name":"cite","hash":{},"data":data,"loc":{"start":{"line":86,"column":148},"end":{"line":86,"column":164}}})) != null ? stack1 : "")
    + "); get that agreement in writing. Usually the practice, which has the relationship with patients, should notify them.\n1. Change the practice's passwords and API keys for that service and check for unusual access.\n1. Vendors and suppliers on record (contact details in section 8): "
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(depth0,"vendors"),{"name":"each","hash":{},"fn":container.program(43, data, 0),"inverse":container.program(45, data, 0),"data":data,"loc":{"start":{"line":88,"column":67},"end":{"line":88,"column":171}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"pathology"),"length"),{"name":"if","hash":{},"fn":container.program(46, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":88,"column":171},"end":{"line":88,"column":296}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"msp"),{"name":"if","hash":{},"fn":container.program(48, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":88,"column":296},"end":{"line":88,"column":343}}})) != null ? stack1 : "")
    + ".\n\n### 3.6 Staff member looking at records without a need (snooping)\n\n1. Suspend the person's access while you look into it; keep it confidential and follow your employment process.\n1. **IT:** export the audit log of what they viewed, changed or printed"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"healthSystems"),"length"),{"name":"if","hash":{},"fn":container.program(49, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":93,"column":71},"end":{"line":93,"column":183}}})) != null ? stack1 : "")
    + ".\n1. Find out why: a patient they know, an ex-partner or a public figure raises the risk; deliberate looking means the \"persons who have obtained\" the information intended to ("
    + ((stack1 = lookupProperty(helpers,"cite").call(alias1,"s26WG(g)",{"name":"cite","hash":{},"data":data,"loc":{"start":{"line":94,"column":174},"end":{"line":94,"column":193}}})) != null ? stack1 : "")
    + ").\n1. Ask whether they copied, photographed or told anyone what they saw.\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"mhr"),{"name":"if","hash":{},"fn":container.program(50, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":96,"column":0},"end":{"line":98,"column":7}}})) != null ? stack1 : "")
    + "\n### 3.7 Paper records lost, stolen or left behind\n\n1. Search: the practice, bins, the car, the place the records were last seen. Ask finders to return them unread.\n1. List exactly which records and patients are involved, from appointment lists or the clinical system.\n1. Theft or break-in: call police ("
    + ((stack1 = lookupProperty(helpers,"phone").call(alias1,lookupProperty(lookupProperty(lookupProperty(depth0,"official"),"police"),"phone"),{"name":"phone","hash":{},"data":data,"loc":{"start":{"line":104,"column":35},"end":{"line":104,"column":66}}})) != null ? stack1 : "")
    + "); keep the area as it is.\n1. Recovered: record where, by whom, and whether there are signs they were read or copied.\n";
},"useData":true} },
  "plan/04-assess.md": { format: "md", spec: {"0":function(container,depth0,helpers,partials,data) {
    return "You decide";
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"md").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(lookupProperty(lookupProperty(depth0,"roles"),"decisionMaker"),"person"),"name"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":3,"column":731},"end":{"line":3,"column":769}}})) != null ? stack1 : "")
    + " (decision maker) decides";
},"2":function(container,depth0,helpers,partials,data) {
    return "you have gathered";
},"3":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "gathered by "
    + ((stack1 = lookupProperty(helpers,"md").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(lookupProperty(lookupProperty(depth0,"roles"),"privacyOfficer"),"person"),"name"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":3,"column":865},"end":{"line":3,"column":904}}})) != null ? stack1 : "")
    + " (privacy officer)";
},"4":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " (normally "
    + ((stack1 = lookupProperty(helpers,"md").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(lookupProperty(lookupProperty(depth0,"roles"),"privacyOfficer"),"person"),"name"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":16,"column":123},"end":{"line":16,"column":162}}})) != null ? stack1 : "")
    + ")";
},"5":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "| "
    + ((stack1 = lookupProperty(helpers,"cite").call(alias1,lookupProperty(depth0,"key"),{"name":"cite","hash":{},"data":data,"loc":{"start":{"line":27,"column":2},"end":{"line":27,"column":14}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(depth0,"heading"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":27,"column":17},"end":{"line":27,"column":31}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(depth0,"summary"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":27,"column":34},"end":{"line":27,"column":48}}})) != null ? stack1 : "")
    + " |\n";
},"6":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- **Session notes, assessments and reports** are among the most sensitive records any practice holds, and so is the fact that someone is a client ("
    + ((stack1 = lookupProperty(helpers,"cite").call(depth0 != null ? depth0 : (container.nullContext || {}),"s26WG(d)",{"name":"cite","hash":{},"data":data,"loc":{"start":{"line":34,"column":147},"end":{"line":34,"column":166}}})) != null ? stack1 : "")
    + "). Ask who the recipient is to the client: a family member, partner, employer or someone in their community can turn even a name and an appointment time into serious harm.\n";
},"7":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- **NDIS participants** may be more exposed to harm if their details reach the wrong person (abuse, exploitation, financial misuse), and some cannot easily protect themselves: weigh that when deciding whether serious harm is likely ("
    + ((stack1 = lookupProperty(helpers,"cite").call(depth0 != null ? depth0 : (container.nullContext || {}),"s26WG(d)",{"name":"cite","hash":{},"data":data,"loc":{"start":{"line":37,"column":233},"end":{"line":37,"column":252}}})) != null ? stack1 : "")
    + ").\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "## 4. Step 2: Assess\n\nThe question is whether this is an **eligible data breach**: either unauthorised access to, or unauthorised disclosure of, personal information that a reasonable person would conclude would be likely to result in serious harm to any of the individuals it is about ("
    + ((stack1 = lookupProperty(helpers,"cite").call(alias1,"s26WE(2)(a)",{"name":"cite","hash":{},"data":data,"loc":{"start":{"line":3,"column":265},"end":{"line":3,"column":287}}})) != null ? stack1 : "")
    + "); or its loss in circumstances where unauthorised access or disclosure is likely to occur and, assuming it did, a reasonable person would conclude it would be likely to result in serious harm to any of them ("
    + ((stack1 = lookupProperty(helpers,"cite").call(alias1,"s26WE(2)(b)",{"name":"cite","hash":{},"data":data,"loc":{"start":{"line":3,"column":496},"end":{"line":3,"column":518}}})) != null ? stack1 : "")
    + "). Remedial action taken before serious harm results can mean it is not an eligible data breach ("
    + ((stack1 = lookupProperty(helpers,"cite").call(alias1,"s26WF(1)",{"name":"cite","hash":{},"data":data,"loc":{"start":{"line":3,"column":615},"end":{"line":3,"column":634}}})) != null ? stack1 : "")
    + "). \"Likely\" means more probable than not ("
    + ((stack1 = lookupProperty(helpers,"cite").call(alias1,"oaic_likely",{"name":"cite","hash":{},"data":data,"loc":{"start":{"line":3,"column":676},"end":{"line":3,"column":698}}})) != null ? stack1 : "")
    + "). "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"sole"),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.program(1, data, 0),"data":data,"loc":{"start":{"line":3,"column":701},"end":{"line":3,"column":801}}})) != null ? stack1 : "")
    + ", on the facts "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"sole"),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.program(3, data, 0),"data":data,"loc":{"start":{"line":3,"column":816},"end":{"line":3,"column":929}}})) != null ? stack1 : "")
    + ", and the reasons are written down.\n\n### 4.1 The 30-day clock\n\nIf there are reasonable grounds to **suspect** an eligible data breach but not yet to **believe** there is one, carry out a reasonable and expeditious assessment and take all reasonable steps to complete it within "
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(lookupProperty(depth0,"assessment"),"days"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":7,"column":214},"end":{"line":7,"column":236}}})) != null ? stack1 : "")
    + " days after becoming aware ("
    + ((stack1 = lookupProperty(helpers,"cite").call(alias1,"s26WH(2)",{"name":"cite","hash":{},"data":data,"loc":{"start":{"line":7,"column":264},"end":{"line":7,"column":283}}})) != null ? stack1 : "")
    + ").\n\n- **How to count:** the day of awareness is not counted; day 1 is the next day ("
    + ((stack1 = lookupProperty(helpers,"cite").call(alias1,"aia_s36",{"name":"cite","hash":{},"data":data,"loc":{"start":{"line":9,"column":80},"end":{"line":9,"column":98}}})) != null ? stack1 : "")
    + "). The assessment is due on the awareness date plus "
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(lookupProperty(depth0,"assessment"),"days"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":9,"column":150},"end":{"line":9,"column":172}}})) != null ? stack1 : "")
    + " calendar days.\n- **Example:** aware on "
    + ((stack1 = lookupProperty(helpers,"day").call(alias1,lookupProperty(lookupProperty(depth0,"assessment"),"exampleAwareOn"),{"name":"day","hash":{},"data":data,"loc":{"start":{"line":10,"column":24},"end":{"line":10,"column":57}}})) != null ? stack1 : "")
    + ", due by **"
    + ((stack1 = lookupProperty(helpers,"day").call(alias1,lookupProperty(lookupProperty(depth0,"assessment"),"exampleDueOn"),{"name":"day","hash":{},"data":data,"loc":{"start":{"line":10,"column":68},"end":{"line":10,"column":99}}})) != null ? stack1 : "")
    + "**.\n- **Weekends and public holidays:** do not roll the date forward. Treat the calculated day as the last day.\n- **The 30 days are an outer limit for assessing**, not a notification deadline and not a waiting period: as soon as there are reasonable grounds to believe, notify (section 5; "
    + ((stack1 = lookupProperty(helpers,"cite").call(alias1,"s26WK",{"name":"cite","hash":{},"data":data,"loc":{"start":{"line":12,"column":177},"end":{"line":12,"column":193}}})) != null ? stack1 : "")
    + ").\n\n### 4.2 Initiate, investigate, evaluate\n\n1. **Initiate (day 0 to 1).** Open an incident register entry (section 7). Name who is assessing"
    + ((stack1 = lookupProperty(helpers,"unless").call(alias1,lookupProperty(depth0,"sole"),{"name":"unless","hash":{},"fn":container.program(4, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":16,"column":96},"end":{"line":16,"column":174}}})) != null ? stack1 : "")
    + ", record the awareness date and the assessment due date, and list what is not yet known.\n1. **Investigate.** Establish what happened and when; which systems, records and people are involved (section 9 lists the practice's systems); whether the information was accessed, disclosed or lost; who has it or could get it; and what containment achieved. Keep copies of logs and correspondence.\n1. **Evaluate.** Go through the matters in 4.3 for the individuals involved, decide whether serious harm is likely, and whether remedial action removed the risk for everyone or for some of them ("
    + ((stack1 = lookupProperty(helpers,"cite").call(alias1,"s26WF(2)",{"name":"cite","hash":{},"data":data,"loc":{"start":{"line":18,"column":195},"end":{"line":18,"column":214}}})) != null ? stack1 : "")
    + "). Record the decision, the reasons and who made it.\n\n### 4.3 Is serious harm likely? The matters to weigh\n\nHave regard to each of these matters ("
    + ((stack1 = lookupProperty(helpers,"cite").call(alias1,"s26WG(c)",{"name":"cite","hash":{},"data":data,"loc":{"start":{"line":22,"column":38},"end":{"line":22,"column":57}}})) != null ? stack1 : "")
    + " to (j)):\n\n| Paragraph | Matter | What to ask |\n|---|---|---|\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(depth0,"harmFactors"),{"name":"each","hash":{},"fn":container.program(5, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":26,"column":0},"end":{"line":28,"column":9}}})) != null ? stack1 : "")
    + "\nPoints that decide most health-practice cases:\n\n- **Health information is sensitive information** ("
    + ((stack1 = lookupProperty(helpers,"cite").call(alias1,"s6(1)",{"name":"cite","hash":{},"data":data,"loc":{"start":{"line":32,"column":51},"end":{"line":32,"column":67}}})) != null ? stack1 : "")
    + "), and the sensitivity of the information is one of the matters to weigh ("
    + ((stack1 = lookupProperty(helpers,"cite").call(alias1,"s26WG(d)",{"name":"cite","hash":{},"data":data,"loc":{"start":{"line":32,"column":141},"end":{"line":32,"column":160}}})) != null ? stack1 : "")
    + "): its disclosure can cause psychological harm, discrimination and humiliation. Information about children, mental health, sexual or reproductive health, or people at risk of family violence weighs even more.\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(lookupProperty(depth0,"tailoring"),"profile"),"mentalHealth"),{"name":"if","hash":{},"fn":container.program(6, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":33,"column":0},"end":{"line":35,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(lookupProperty(depth0,"tailoring"),"profile"),"ndis"),{"name":"if","hash":{},"fn":container.program(7, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":36,"column":0},"end":{"line":38,"column":7}}})) != null ? stack1 : "")
    + "- **Encrypted data whose key was also exposed** is treated as unencrypted ("
    + ((stack1 = lookupProperty(helpers,"cite").call(alias1,"s26WG(h)",{"name":"cite","hash":{},"data":data,"loc":{"start":{"line":39,"column":75},"end":{"line":39,"column":94}}})) != null ? stack1 : "")
    + ").\n- **A hostile or unknown recipient** (a thief, an attacker, an estranged partner, a snooping colleague) makes serious harm more likely; a recipient bound by confidentiality, such as another health provider, makes it less likely ("
    + ((stack1 = lookupProperty(helpers,"cite").call(alias1,"s26WG(g)",{"name":"cite","hash":{},"data":data,"loc":{"start":{"line":40,"column":229},"end":{"line":40,"column":248}}})) != null ? stack1 : "")
    + ").\n- **An attacker's promise** to delete data is worth nothing ("
    + ((stack1 = lookupProperty(helpers,"cite").call(alias1,"oaic_threat_actor",{"name":"cite","hash":{},"data":data,"loc":{"start":{"line":41,"column":61},"end":{"line":41,"column":89}}})) != null ? stack1 : "")
    + ").\n\n### 4.4 Record the decision\n\nWrite down: the date reasonable grounds to **believe** there was an eligible data breach were formed (from then the statement is due as soon as practicable, "
    + ((stack1 = lookupProperty(helpers,"cite").call(alias1,"s26WK(2)",{"name":"cite","hash":{},"data":data,"loc":{"start":{"line":45,"column":157},"end":{"line":45,"column":176}}})) != null ? stack1 : "")
    + "), the facts relied on, each matter above and how it cut, the conclusion (notifiable, not notifiable, or still assessing and why), who decided and when. If the conclusion is \"not notifiable\", record the remedial action and its evidence. Then go to section 5 or section 6.\n";
},"useData":true} },
  "plan/05-notify.md": { format: "md", spec: {"0":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(lookupProperty(lookupProperty(lookupProperty(depth0,"roles"),"decisionMaker"),"person"),"name"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":6,"column":0},"end":{"line":6,"column":38}}})) != null ? stack1 : "")
    + " (decision maker) approves every notice; "
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(lookupProperty(lookupProperty(lookupProperty(depth0,"roles"),"privacyOfficer"),"person"),"name"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":6,"column":79},"end":{"line":6,"column":118}}})) != null ? stack1 : "")
    + " (privacy officer) lodges the OAIC statement; "
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(lookupProperty(lookupProperty(lookupProperty(depth0,"roles"),"communicationsLead"),"person"),"name"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":6,"column":164},"end":{"line":6,"column":207}}})) != null ? stack1 : "")
    + " (communications lead) sends the notices to individuals.\n";
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ", trading as "
    + ((stack1 = lookupProperty(helpers,"md").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"practice"),"tradingName"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":13,"column":127},"end":{"line":13,"column":154}}})) != null ? stack1 : "")
    + " (give the name patients know)";
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ", ABN "
    + ((stack1 = lookupProperty(helpers,"md").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"practice"),"abn"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":13,"column":217},"end":{"line":13,"column":236}}})) != null ? stack1 : "");
},"3":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " "
    + ((stack1 = lookupProperty(helpers,"md").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"practice"),"postcode"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":13,"column":339},"end":{"line":13,"column":363}}})) != null ? stack1 : "");
},"4":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " or the "
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(lookupProperty(depth0,"stateHealth"),"regulator"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":34,"column":442},"end":{"line":34,"column":470}}})) != null ? stack1 : "")
    + " under the "
    + ((stack1 = lookupProperty(helpers,"cite").call(alias1,lookupProperty(lookupProperty(depth0,"stateHealth"),"law"),{"name":"cite","hash":{},"data":data,"loc":{"start":{"line":34,"column":481},"end":{"line":34,"column":505}}})) != null ? stack1 : "");
},"5":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "; "
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(lookupProperty(lookupProperty(depth0,"tailoring"),"beyondBlue"),"name"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":34,"column":690},"end":{"line":34,"column":722}}})) != null ? stack1 : "")
    + " "
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(lookupProperty(lookupProperty(depth0,"tailoring"),"beyondBlue"),"phone"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":34,"column":723},"end":{"line":34,"column":756}}})) != null ? stack1 : "");
},"6":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n**Contact clients safely.** For a "
    + ((stack1 = lookupProperty(helpers,"md").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(lookupProperty(depth0,"tailoring"),"profile"),"label"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":37,"column":34},"end":{"line":37,"column":64}}})) != null ? stack1 : "")
    + ", the notice itself can cause harm if someone else sees it: a partner, parent or employer who learns the person is a client, or a person they need protection from.\n\n- Use only the contact details the client gave for the practice to use, and check them against the clinical record first. Never leave details of the breach on a voicemail, a shared email address or with whoever answers the phone.\n- Where you can, phone first, confirm you are speaking to the client, and ask how and when it is safe to send the written notice; record what they chose. The drafts invite them to tell you.\n- Where family violence is a risk, or the client is a young person whose parent holds the contact details, talk it through with the treating clinician before anything is sent.\n- Send the notice in a plain envelope or an email whose subject line does not say more than it must.\n";
},"7":function(container,depth0,helpers,partials,data) {
    return "\n**Participants who need support to understand.** Send the notice to the participant and, where they have one, to their plan nominee or guardian as well (check who may receive it). Offer it in an accessible format (Easy Read, large print, read to them) and allow a support person or advocate to speak for them; the drafts say so.\n";
},"8":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "| "
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(depth0,"kind"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":54,"column":2},"end":{"line":54,"column":13}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(depth0,"step"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":54,"column":16},"end":{"line":54,"column":27}}})) != null ? stack1 : "")
    + " |\n";
},"9":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "A website statement goes on "
    + ((stack1 = lookupProperty(helpers,"url").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"practice"),"website"),{"name":"url","hash":{},"data":data,"loc":{"start":{"line":58,"column":28},"end":{"line":58,"column":52}}})) != null ? stack1 : "")
    + ".\n";
},"10":function(container,depth0,helpers,partials,data) {
    return "No website is recorded for the practice: for option (c), publicise the statement by other reasonable means, such as a notice at reception and in local media, and record what you did.\n";
},"11":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "Notify **"
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(lookupProperty(depth0,"insurer"),"name"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":66,"column":9},"end":{"line":66,"column":28}}})) != null ? stack1 : "")
    + "** on "
    + ((stack1 = lookupProperty(helpers,"phone").call(alias1,lookupProperty(lookupProperty(depth0,"insurer"),"phone"),{"name":"phone","hash":{},"data":data,"loc":{"start":{"line":66,"column":34},"end":{"line":66,"column":57}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"insurer"),"email"),{"name":"if","hash":{},"fn":container.program(12, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":66,"column":57},"end":{"line":66,"column":111}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"insurer"),"reference"),{"name":"if","hash":{},"fn":container.program(13, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":66,"column":111},"end":{"line":66,"column":187}}})) != null ? stack1 : "")
    + ", as early as possible: usually in the first hour and before you engage outside help. Draft: **notices/insurer-notice.md**.\n";
},"12":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " ("
    + ((stack1 = lookupProperty(helpers,"email").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"insurer"),"email"),{"name":"email","hash":{},"data":data,"loc":{"start":{"line":66,"column":80},"end":{"line":66,"column":103}}})) != null ? stack1 : "")
    + ")";
},"13":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ", policy number **"
    + ((stack1 = lookupProperty(helpers,"md").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"insurer"),"reference"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":66,"column":154},"end":{"line":66,"column":178}}})) != null ? stack1 : "")
    + "**";
},"14":function(container,depth0,helpers,partials,data) {
    return "No insurer is recorded. If the practice has cyber, professional indemnity or business insurance, tell the insurer now: most policies require prompt notice of a claim or circumstance. Draft: **notices/insurer-notice.md**.\n";
},"15":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "**This applies to "
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(lookupProperty(depth0,"practice"),"tradingName"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":74,"column":18},"end":{"line":74,"column":45}}})) != null ? stack1 : "")
    + "**: "
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(lookupProperty(depth0,"ransomware"),"reason"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":74,"column":49},"end":{"line":74,"column":73}}})) != null ? stack1 : "")
    + ". If the practice, or anyone on its behalf (including an insurer), makes a payment or gives a benefit in response to a ransomware or cyber-extortion demand, report it to the Australian Signals Directorate within **72 hours** of making the payment or becoming aware it was made ("
    + ((stack1 = lookupProperty(helpers,"cite").call(alias1,"csa_s27",{"name":"cite","hash":{},"data":data,"loc":{"start":{"line":74,"column":351},"end":{"line":74,"column":369}}})) != null ? stack1 : "")
    + "). Receiving a demand, or being encrypted, does not by itself trigger the report. Report through "
    + ((stack1 = lookupProperty(helpers,"url").call(alias1,lookupProperty(lookupProperty(lookupProperty(depth0,"official"),"reportCyber"),"web"),{"name":"url","hash":{},"data":data,"loc":{"start":{"line":74,"column":466},"end":{"line":74,"column":498}}})) != null ? stack1 : "")
    + ".\n";
},"16":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"ransomware"),"unknown"),{"name":"if","hash":{},"fn":container.program(17, data, 0),"inverse":container.program(18, data, 0),"data":data,"loc":{"start":{"line":76,"column":0},"end":{"line":80,"column":7}}})) != null ? stack1 : "");
},"17":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "**This may apply to "
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(lookupProperty(depth0,"practice"),"tradingName"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":77,"column":20},"end":{"line":77,"column":47}}})) != null ? stack1 : "")
    + "**: "
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(lookupProperty(depth0,"ransomware"),"reason"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":77,"column":51},"end":{"line":77,"column":75}}})) != null ? stack1 : "")
    + " ("
    + ((stack1 = lookupProperty(helpers,"cite").call(alias1,"csa_s27",{"name":"cite","hash":{},"data":data,"loc":{"start":{"line":77,"column":77},"end":{"line":77,"column":95}}})) != null ? stack1 : "")
    + "). Confirm the turnover with the practice's accountant now, not during an incident. If it applies and a ransom is paid by or for the practice, the report to the Australian Signals Directorate is due within 72 hours of the payment.\n";
},"18":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "**The ransomware payment report does not apply to "
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(lookupProperty(depth0,"practice"),"tradingName"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":79,"column":50},"end":{"line":79,"column":77}}})) != null ? stack1 : "")
    + "**: "
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(lookupProperty(depth0,"ransomware"),"reason"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":79,"column":81},"end":{"line":79,"column":105}}})) != null ? stack1 : "")
    + "."
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"coverage"),"healthProvider"),{"name":"if","hash":{},"fn":container.program(19, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":79,"column":106},"end":{"line":79,"column":306}}})) != null ? stack1 : "")
    + " The duty to report a ransomware payment to the Australian Signals Directorate within 72 hours falls only on businesses with turnover over "
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(lookupProperty(depth0,"ransomware"),"threshold"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":79,"column":445},"end":{"line":79,"column":472}}})) != null ? stack1 : "")
    + " and on critical infrastructure entities ("
    + ((stack1 = lookupProperty(helpers,"cite").call(alias1,"csa_s27",{"name":"cite","hash":{},"data":data,"loc":{"start":{"line":79,"column":514},"end":{"line":79,"column":532}}})) != null ? stack1 : "")
    + "). Cybercrime can still be reported voluntarily through "
    + ((stack1 = lookupProperty(helpers,"url").call(alias1,lookupProperty(lookupProperty(lookupProperty(depth0,"official"),"reportCyber"),"web"),{"name":"url","hash":{},"data":data,"loc":{"start":{"line":79,"column":588},"end":{"line":79,"column":620}}})) != null ? stack1 : "")
    + ".\n";
},"19":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " This is about the Cyber Security Act report only: the notifiable data breaches scheme still applies to the practice whatever its turnover ("
    + ((stack1 = lookupProperty(helpers,"cite").call(depth0 != null ? depth0 : (container.nullContext || {}),"s6D(4)(b)",{"name":"cite","hash":{},"data":data,"loc":{"start":{"line":79,"column":277},"end":{"line":79,"column":297}}})) != null ? stack1 : "")
    + ").";
},"20":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- **Critical infrastructure:** a cyber security incident with a significant impact must be reported to ASD's ACSC within 12 hours, a relevant impact within 72 hours ("
    + ((stack1 = lookupProperty(helpers,"cite").call(depth0 != null ? depth0 : (container.nullContext || {}),"soci_part2b",{"name":"cite","hash":{},"data":data,"loc":{"start":{"line":86,"column":166},"end":{"line":86,"column":188}}})) != null ? stack1 : "")
    + ").\n";
},"21":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- **APRA:** notify a material information security incident no later than 72 hours after becoming aware ("
    + ((stack1 = lookupProperty(helpers,"cite").call(depth0 != null ? depth0 : (container.nullContext || {}),"apra_cps234",{"name":"cite","hash":{},"data":data,"loc":{"start":{"line":89,"column":105},"end":{"line":89,"column":127}}})) != null ? stack1 : "")
    + ").\n";
},"22":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- **GDPR:** notify the competent supervisory authority without undue delay and, where feasible, within 72 hours ("
    + ((stack1 = lookupProperty(helpers,"cite").call(depth0 != null ? depth0 : (container.nullContext || {}),"gdpr_art33",{"name":"cite","hash":{},"data":data,"loc":{"start":{"line":92,"column":113},"end":{"line":92,"column":134}}})) != null ? stack1 : "")
    + ").\n";
},"23":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"unless").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"coverage"),"stateAuthority"),{"name":"unless","hash":{},"fn":container.program(24, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":95,"column":0},"end":{"line":97,"column":11}}})) != null ? stack1 : "");
},"24":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- **"
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(lookupProperty(depth0,"stateHealth"),"state"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":96,"column":4},"end":{"line":96,"column":28}}})) != null ? stack1 : "")
    + " health records law:** "
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(lookupProperty(depth0,"practice"),"tradingName"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":96,"column":51},"end":{"line":96,"column":78}}})) != null ? stack1 : "")
    + " also answers to the "
    + ((stack1 = lookupProperty(helpers,"cite").call(alias1,lookupProperty(lookupProperty(depth0,"stateHealth"),"law"),{"name":"cite","hash":{},"data":data,"loc":{"start":{"line":96,"column":99},"end":{"line":96,"column":123}}})) != null ? stack1 : "")
    + " for the health information it holds. ndb-kit's sources show no breach-notification duty in it for private providers, but a patient may complain to the "
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(lookupProperty(depth0,"stateHealth"),"regulator"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":96,"column":275},"end":{"line":96,"column":303}}})) != null ? stack1 : "")
    + " ("
    + ((stack1 = lookupProperty(helpers,"url").call(alias1,lookupProperty(lookupProperty(depth0,"stateHealth"),"web"),{"name":"url","hash":{},"data":data,"loc":{"start":{"line":96,"column":305},"end":{"line":96,"column":328}}})) != null ? stack1 : "")
    + ") as well as to the OAIC, so the notices name both.\n";
},"25":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- **NDIS Quality and Safeguards Commission** ("
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(lookupProperty(lookupProperty(depth0,"tailoring"),"ndisCommission"),"phone"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":101,"column":46},"end":{"line":101,"column":83}}})) != null ? stack1 : "")
    + ", "
    + ((stack1 = lookupProperty(helpers,"url").call(alias1,lookupProperty(lookupProperty(lookupProperty(depth0,"tailoring"),"ndisCommission"),"web"),{"name":"url","hash":{},"data":data,"loc":{"start":{"line":101,"column":85},"end":{"line":101,"column":121}}})) != null ? stack1 : "")
    + "): a data breach is not itself a reportable incident, but if the incident also involves one (for example abuse or neglect of a participant, or unlawful physical or sexual contact), a registered NDIS provider reports it within 24 hours; an unauthorised restrictive practice within 5 business days. Record it in the incident management system as well.\n";
},"26":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n### 5.6 My Health Record\n\n"
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(lookupProperty(depth0,"practice"),"tradingName"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":109,"column":0},"end":{"line":109,"column":27}}})) != null ? stack1 : "")
    + " is a registered healthcare provider organisation in the My Health Record system, so a breach that **has or may have** involved My Health Record follows its own path ("
    + ((stack1 = lookupProperty(helpers,"cite").call(alias1,"mhr_s75",{"name":"cite","hash":{},"data":data,"loc":{"start":{"line":109,"column":194},"end":{"line":109,"column":212}}})) != null ? stack1 : "")
    + "):\n\n1. **As soon as practicable**, notify **both** the System Operator (the Australian Digital Health Agency) **and** the Information Commissioner, even if it is not confirmed and even if it has been resolved ("
    + ((stack1 = lookupProperty(helpers,"cite").call(alias1,"mhr_s75",{"name":"cite","hash":{},"data":data,"loc":{"start":{"line":111,"column":206},"end":{"line":111,"column":224}}})) != null ? stack1 : "")
    + "; a State or Territory authority notifies the System Operator only). They are two separate notices through two separate channels:\n    - **Have the practice's HPI-O ready:** "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"tailoring"),"hpio"),{"name":"if","hash":{},"fn":container.program(27, data, 0),"inverse":container.program(28, data, 0),"data":data,"loc":{"start":{"line":112,"column":43},"end":{"line":112,"column":225}}})) != null ? stack1 : "")
    + ". Both notices ask for it.\n    - **To the Agency:** its My Health Record data breach notification form, "
    + ((stack1 = lookupProperty(helpers,"url").call(alias1,lookupProperty(lookupProperty(lookupProperty(depth0,"official"),"adha"),"web"),{"name":"url","hash":{},"data":data,"loc":{"start":{"line":113,"column":77},"end":{"line":113,"column":102}}})) != null ? stack1 : "")
    + ". Draft: **notices/my-health-record-notice**. The Agency is the one that needs the affected patients' identities, to notify them.\n    - **To the Information Commissioner:** the OAIC's My Health Record channel, "
    + ((stack1 = lookupProperty(helpers,"url").call(alias1,lookupProperty(lookupProperty(lookupProperty(depth0,"official"),"oaicMhr"),"web"),{"name":"url","hash":{},"data":data,"loc":{"start":{"line":114,"column":80},"end":{"line":114,"column":108}}})) != null ? stack1 : "")
    + " (not the notifiable data breach form). Draft: **notices/my-health-record-oaic**, which covers the details the OAIC asks for. **Do not send patients' names or other identifying details to the OAIC** ("
    + ((stack1 = lookupProperty(helpers,"cite").call(alias1,"oaic_mhr_breach",{"name":"cite","hash":{},"data":data,"loc":{"start":{"line":114,"column":308},"end":{"line":114,"column":334}}})) != null ? stack1 : "")
    + ").\n1. Contain the breach and evaluate its likelihood and seriousness.\n1. If a breach **has** occurred, ask the Agency to notify the affected healthcare recipients ("
    + ((stack1 = lookupProperty(helpers,"cite").call(alias1,"mhr_s75(6)(d)",{"name":"cite","hash":{},"data":data,"loc":{"start":{"line":116,"column":94},"end":{"line":116,"column":118}}})) != null ? stack1 : "")
    + "). If it **may have** occurred, ask the Agency to notify them where it is reasonably likely to have occurred and its effects might be serious for at least one of them ("
    + ((stack1 = lookupProperty(helpers,"cite").call(alias1,"mhr_s75(5)(c)",{"name":"cite","hash":{},"data":data,"loc":{"start":{"line":116,"column":286},"end":{"line":116,"column":310}}})) != null ? stack1 : "")
    + "). Speak to the Agency before contacting those patients about the My Health Record part yourself.\n1. What is notified under s 75 is outside Part IIIC ("
    + ((stack1 = lookupProperty(helpers,"cite").call(alias1,"s26WD",{"name":"cite","hash":{},"data":data,"loc":{"start":{"line":117,"column":53},"end":{"line":117,"column":69}}})) != null ? stack1 : "")
    + "). Information from the practice's own records (the clinical system, letters, email) is not: assess that part under section 4 as usual.\n";
},"27":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "**"
    + ((stack1 = lookupProperty(helpers,"md").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"tailoring"),"hpio"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":112,"column":67},"end":{"line":112,"column":88}}})) != null ? stack1 : "")
    + "**";
},"28":function(container,depth0,helpers,partials,data) {
    return "not recorded in the policy (`organisation.hpio`): find it in the HI Service records or PRODA now, not during an incident";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "## 5. Step 3: Notify\n\nOnce there are reasonable grounds to believe there has been an eligible data breach, "
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(lookupProperty(depth0,"practice"),"tradingName"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":3,"column":85},"end":{"line":3,"column":112}}})) != null ? stack1 : "")
    + " must prepare a statement and give it to the Information Commissioner **as soon as practicable** ("
    + ((stack1 = lookupProperty(helpers,"cite").call(alias1,"s26WK",{"name":"cite","hash":{},"data":data,"loc":{"start":{"line":3,"column":210},"end":{"line":3,"column":226}}})) != null ? stack1 : "")
    + "), then notify individuals as soon as practicable after preparing it ("
    + ((stack1 = lookupProperty(helpers,"cite").call(alias1,"s26WL(3)",{"name":"cite","hash":{},"data":data,"loc":{"start":{"line":3,"column":296},"end":{"line":3,"column":315}}})) != null ? stack1 : "")
    + "). Part IIIC sets no fixed number of hours: the often-quoted \"72 hours\" comes from other regimes (sections 5.4 and 5.5), and the 30 days of section 4.1 are for assessing, not for notifying.\n\n"
    + ((stack1 = lookupProperty(helpers,"unless").call(alias1,lookupProperty(depth0,"sole"),{"name":"unless","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":5,"column":0},"end":{"line":7,"column":11}}})) != null ? stack1 : "")
    + "\n### 5.1 The statement to the OAIC\n\nLodge it through the OAIC's online notifiable data breach form: "
    + ((stack1 = lookupProperty(helpers,"url").call(alias1,lookupProperty(lookupProperty(lookupProperty(depth0,"official"),"oaic"),"web"),{"name":"url","hash":{},"data":data,"loc":{"start":{"line":11,"column":64},"end":{"line":11,"column":89}}})) != null ? stack1 : "")
    + ". Part one of the form is the statement itself; it must contain ("
    + ((stack1 = lookupProperty(helpers,"cite").call(alias1,"s26WK(3)",{"name":"cite","hash":{},"data":data,"loc":{"start":{"line":11,"column":154},"end":{"line":11,"column":173}}})) != null ? stack1 : "")
    + "):\n\n1. **The practice's identity and contact details:** "
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(lookupProperty(depth0,"practice"),"legalName"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":13,"column":52},"end":{"line":13,"column":77}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"practice"),"tradesUnderOtherName"),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":13,"column":77},"end":{"line":13,"column":191}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"practice"),"abn"),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":13,"column":191},"end":{"line":13,"column":243}}})) != null ? stack1 : "")
    + "; "
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(lookupProperty(depth0,"practice"),"street"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":13,"column":245},"end":{"line":13,"column":267}}})) != null ? stack1 : "")
    + ", "
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(lookupProperty(depth0,"practice"),"suburb"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":13,"column":269},"end":{"line":13,"column":291}}})) != null ? stack1 : "")
    + " "
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(lookupProperty(depth0,"practice"),"state"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":13,"column":292},"end":{"line":13,"column":313}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"practice"),"postcode"),{"name":"if","hash":{},"fn":container.program(3, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":13,"column":313},"end":{"line":13,"column":370}}})) != null ? stack1 : "")
    + "; "
    + ((stack1 = lookupProperty(helpers,"phone").call(alias1,lookupProperty(lookupProperty(depth0,"practice"),"phone"),{"name":"phone","hash":{},"data":data,"loc":{"start":{"line":13,"column":372},"end":{"line":13,"column":396}}})) != null ? stack1 : "")
    + "; "
    + ((stack1 = lookupProperty(helpers,"email").call(alias1,lookupProperty(lookupProperty(depth0,"practice"),"email"),{"name":"email","hash":{},"data":data,"loc":{"start":{"line":13,"column":398},"end":{"line":13,"column":422}}})) != null ? stack1 : "")
    + ".\n1. **A description of the eligible data breach.**\n1. **The kind or kinds of information concerned.**\n1. **Recommendations about the steps individuals should take** in response.\n\nPart two of the form is optional and is not passed on to individuals: a contact person, how the practice responded, what help it offers, which third parties were told and why, and how to complain. Completing it saves the OAIC coming back with questions. If other entities are involved in the same breach, the statement may name them too ("
    + ((stack1 = lookupProperty(helpers,"cite").call(alias1,"s26WK(4)",{"name":"cite","hash":{},"data":data,"loc":{"start":{"line":18,"column":338},"end":{"line":18,"column":357}}})) != null ? stack1 : "")
    + ").\n\nThe draft is in **notices/oaic-statement.md**. Attach a copy of the notice to individuals when you lodge. The OAIC replies with a reference number: record it in the register. OAIC enquiries: "
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(lookupProperty(lookupProperty(depth0,"official"),"oaic"),"phone"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":20,"column":191},"end":{"line":20,"column":217}}})) != null ? stack1 : "")
    + ", "
    + ((stack1 = lookupProperty(helpers,"email").call(alias1,lookupProperty(lookupProperty(lookupProperty(depth0,"official"),"oaic"),"email"),{"name":"email","hash":{},"data":data,"loc":{"start":{"line":20,"column":219},"end":{"line":20,"column":248}}})) != null ? stack1 : "")
    + ".\n\n### 5.2 Notifying individuals\n\nChoose the option by what is practicable: the time, effort and cost of reaching people ("
    + ((stack1 = lookupProperty(helpers,"cite").call(alias1,"s26WL(2)",{"name":"cite","hash":{},"data":data,"loc":{"start":{"line":24,"column":88},"end":{"line":24,"column":107}}})) != null ? stack1 : "")
    + ").\n\n| Option | When | How |\n|---|---|---|\n| (a) Everyone involved | Practicable to contact every individual whose information was involved | Letter or email to each person with the contents of the statement (an SMS only points to it) |\n| (b) Only those at risk | Practicable to identify and contact the people at risk of serious harm | The same, to that group; record why the others are not at risk |\n| (c) Publish | Neither (a) nor (b) is practicable | Publish the statement on the practice's website and take reasonable steps to publicise it |\n\nThe notice must carry the contents of the statement ("
    + ((stack1 = lookupProperty(helpers,"cite").call(alias1,"s26WL(2)",{"name":"cite","hash":{},"data":data,"loc":{"start":{"line":32,"column":53},"end":{"line":32,"column":72}}})) != null ? stack1 : "")
    + "): who the practice is and how to contact it, what happened, the kinds of information, and the steps people should take. People may be notified by the way the practice normally communicates with them ("
    + ((stack1 = lookupProperty(helpers,"cite").call(alias1,"s26WL(2)",{"name":"cite","hash":{},"data":data,"loc":{"start":{"line":32,"column":273},"end":{"line":32,"column":292}}})) != null ? stack1 : "")
    + "), but **an SMS is only a pointer**: it cannot carry those four items, so it notifies no one by itself. Send it only alongside the letter, the email or the web page it points to. Under option (a) the notice goes to people who are not at risk too: the drafts say the breach is likely to cause serious harm to *some* of the people involved, never that each reader is at risk. Individuals for whom remedial action removed the risk need not be notified ("
    + ((stack1 = lookupProperty(helpers,"cite").call(alias1,"s26WF(2)",{"name":"cite","hash":{},"data":data,"loc":{"start":{"line":32,"column":742},"end":{"line":32,"column":761}}})) != null ? stack1 : "")
    + ").\n\nDrafts (each also as .docx for Word, .html to print and .txt to paste into an email): **notices/individuals-letter**, **notices/individuals-email.txt**, **notices/individuals-sms.txt** (a pointer to the letter, email or web page, never the notice itself) and **notices/website-statement** for option (c). Each tells people how to complain (to the practice first, then the OAIC at "
    + ((stack1 = lookupProperty(helpers,"url").call(alias1,lookupProperty(lookupProperty(lookupProperty(depth0,"official"),"oaicComplaints"),"web"),{"name":"url","hash":{},"data":data,"loc":{"start":{"line":34,"column":380},"end":{"line":34,"column":415}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"stateHealth"),{"name":"if","hash":{},"fn":container.program(4, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":34,"column":415},"end":{"line":34,"column":512}}})) != null ? stack1 : "")
    + "), offers an interpreter through TIS National ("
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(lookupProperty(lookupProperty(depth0,"support"),"interpreter"),"phone"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":34,"column":559},"end":{"line":34,"column":591}}})) != null ? stack1 : "")
    + ") and support lines (Lifeline "
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(lookupProperty(lookupProperty(depth0,"support"),"lifeline"),"phone"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":34,"column":621},"end":{"line":34,"column":650}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(lookupProperty(depth0,"tailoring"),"profile"),"mentalHealth"),{"name":"if","hash":{},"fn":container.program(5, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":34,"column":650},"end":{"line":34,"column":763}}})) != null ? stack1 : "")
    + "; IDCARE "
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(lookupProperty(lookupProperty(depth0,"support"),"idcare"),"phone"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":34,"column":772},"end":{"line":34,"column":799}}})) != null ? stack1 : "")
    + " for identity misuse).\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(lookupProperty(depth0,"tailoring"),"profile"),"mentalHealth"),{"name":"if","hash":{},"fn":container.program(6, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":35,"column":0},"end":{"line":43,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(lookupProperty(depth0,"tailoring"),"profile"),"ndis"),{"name":"if","hash":{},"fn":container.program(7, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":44,"column":0},"end":{"line":47,"column":7}}})) != null ? stack1 : "")
    + "\nSteps to recommend, by the kind of information involved (the notice's \"what we recommend you do\"; the wizard adds them to its drafts):\n\n| Information involved | Recommend |\n|---|---|\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(depth0,"recommendedSteps"),{"name":"each","hash":{},"fn":container.program(8, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":53,"column":0},"end":{"line":55,"column":9}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"practice"),"website"),{"name":"if","hash":{},"fn":container.program(9, data, 0),"inverse":container.program(10, data, 0),"data":data,"loc":{"start":{"line":57,"column":0},"end":{"line":61,"column":7}}})) != null ? stack1 : "")
    + "\n### 5.3 Tell the insurer\n\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"insurer"),{"name":"if","hash":{},"fn":container.program(11, data, 0),"inverse":container.program(14, data, 0),"data":data,"loc":{"start":{"line":65,"column":0},"end":{"line":69,"column":7}}})) != null ? stack1 : "")
    + "\n### 5.4 Ransomware payment report\n\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"ransomware"),"applies"),{"name":"if","hash":{},"fn":container.program(15, data, 0),"inverse":container.program(16, data, 0),"data":data,"loc":{"start":{"line":73,"column":0},"end":{"line":81,"column":7}}})) != null ? stack1 : "")
    + "\n### 5.5 Other bodies\n\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"criticalInfrastructure"),{"name":"if","hash":{},"fn":container.program(20, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":85,"column":0},"end":{"line":87,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"apraRegulated"),{"name":"if","hash":{},"fn":container.program(21, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":88,"column":0},"end":{"line":90,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"gdprApplies"),{"name":"if","hash":{},"fn":container.program(22, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":91,"column":0},"end":{"line":93,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"stateHealth"),{"name":"if","hash":{},"fn":container.program(23, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":94,"column":0},"end":{"line":98,"column":7}}})) != null ? stack1 : "")
    + "- **Police** ("
    + ((stack1 = lookupProperty(helpers,"phone").call(alias1,lookupProperty(lookupProperty(lookupProperty(depth0,"official"),"police"),"phone"),{"name":"phone","hash":{},"data":data,"loc":{"start":{"line":99,"column":14},"end":{"line":99,"column":45}}})) != null ? stack1 : "")
    + ") for theft, break-ins and extortion; the **Australian Cyber Security Hotline** ("
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(lookupProperty(lookupProperty(depth0,"official"),"reportCyber"),"phone"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":99,"column":126},"end":{"line":99,"column":159}}})) != null ? stack1 : "")
    + ") for cyber incidents. Both are voluntary but help investigators and insurers.\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"tailoring"),"ndisCommission"),{"name":"if","hash":{},"fn":container.program(25, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":100,"column":0},"end":{"line":102,"column":7}}})) != null ? stack1 : "")
    + "- **Vendors and other entities** involved in the same breach: agree who notifies ("
    + ((stack1 = lookupProperty(helpers,"cite").call(alias1,"s26WM",{"name":"cite","hash":{},"data":data,"loc":{"start":{"line":103,"column":82},"end":{"line":103,"column":98}}})) != null ? stack1 : "")
    + ").\n- **Police asked you to delay?** Ask the Commissioner for a declaration or more time ("
    + ((stack1 = lookupProperty(helpers,"cite").call(alias1,"s26WQ",{"name":"cite","hash":{},"data":data,"loc":{"start":{"line":104,"column":86},"end":{"line":104,"column":102}}})) != null ? stack1 : "")
    + ").\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"mhr"),{"name":"if","hash":{},"fn":container.program(26, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":105,"column":0},"end":{"line":118,"column":7}}})) != null ? stack1 : "");
},"useData":true} },
  "plan/06-review.md": { format: "md", spec: {"0":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "; "
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(lookupProperty(lookupProperty(lookupProperty(depth0,"roles"),"responseLead"),"person"),"name"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":3,"column":220},"end":{"line":3,"column":257}}})) != null ? stack1 : "")
    + " (response lead) runs it and "
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(lookupProperty(lookupProperty(lookupProperty(depth0,"roles"),"decisionMaker"),"person"),"name"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":3,"column":286},"end":{"line":3,"column":324}}})) != null ? stack1 : "")
    + " (decision maker) signs it off";
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "1. **Insurer:** send "
    + ((stack1 = lookupProperty(helpers,"md").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"insurer"),"name"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":11,"column":21},"end":{"line":11,"column":40}}})) != null ? stack1 : "")
    + " the final report if they ask for it.\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "## 6. Step 4: Review\n\nOnce the breach is contained and any notices have gone out, review what happened so it does not happen again: the fourth of the OAIC's steps ("
    + ((stack1 = lookupProperty(helpers,"cite").call(alias1,"oaic_four_steps",{"name":"cite","hash":{},"data":data,"loc":{"start":{"line":3,"column":142},"end":{"line":3,"column":168}}})) != null ? stack1 : "")
    + "). Aim to finish within four weeks"
    + ((stack1 = lookupProperty(helpers,"unless").call(alias1,lookupProperty(depth0,"sole"),{"name":"unless","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":3,"column":202},"end":{"line":3,"column":365}}})) != null ? stack1 : "")
    + ".\n\n1. **Cause:** what allowed it: a process gap, a missing control (multi-factor authentication, encryption, BCC), a vendor, a training need?\n1. **Fixes:** list each change, who owns it and the date it is due. Typical fixes: turn on multi-factor authentication, encrypt laptops and phones, default to BCC for group email, tighten access in the clinical system, review a vendor contract.\n1. **The response itself:** what worked, what was slow, which phone numbers in this plan were wrong. Update the policy file and rebuild the plan.\n1. **People:** brief all staff on what changed; book refresher training (section 10).\n1. **Close the register entry** with the date of the review and the outstanding actions.\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"insurer"),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":10,"column":0},"end":{"line":12,"column":7}}})) != null ? stack1 : "");
},"useData":true} },
  "plan/07-register.md": { format: "md", spec: {"0":function(container,depth0,helpers,partials,data) {
    return "You keep";
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"md").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(lookupProperty(lookupProperty(depth0,"roles"),"privacyOfficer"),"person"),"name"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":3,"column":224},"end":{"line":3,"column":263}}})) != null ? stack1 : "")
    + " (privacy officer) keeps";
},"2":function(container,depth0,helpers,partials,data) {
    return "Australian Digital Health Agency notice; ";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "## 7. Incident register\n\nKeep one register entry for every incident or suspected incident, including those you decide are not notifiable: the record shows the assessment was reasonable and expeditious ("
    + ((stack1 = lookupProperty(helpers,"cite").call(alias1,"s26WH",{"name":"cite","hash":{},"data":data,"loc":{"start":{"line":3,"column":177},"end":{"line":3,"column":193}}})) != null ? stack1 : "")
    + "). "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"sole"),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.program(1, data, 0),"data":data,"loc":{"start":{"line":3,"column":196},"end":{"line":3,"column":294}}})) != null ? stack1 : "")
    + " the register; a blank entry is in **notices/incident-report.md**.\n\n| What to record | Detail |\n|---|---|\n| Reference | Incident number, who opened the entry, date opened |\n| Discovery | Date and time it happened (if known) and the date and time the practice became aware; who found it and how |\n| What happened | Plain description; the incident type (section 3) |\n| Information and people | Systems and records involved; kinds of information; number of individuals; any children or vulnerable people |\n| Containment | Each action with its date, time and who did it; evidence kept (logs, confirmations, police report number) |\n| Assessment | Suspected or believed; assessment due date (awareness + "
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(lookupProperty(depth0,"assessment"),"days"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":12,"column":71},"end":{"line":12,"column":93}}})) != null ? stack1 : "")
    + " days); each matter in section 4.3 and how it cut |\n| Decision | Notifiable or not, the reasons, who decided and when; the date reasonable grounds to believe there was an eligible data breach were formed ("
    + ((stack1 = lookupProperty(helpers,"cite").call(alias1,"s26WK",{"name":"cite","hash":{},"data":data,"loc":{"start":{"line":13,"column":153},"end":{"line":13,"column":169}}})) != null ? stack1 : "")
    + ": the statement is due as soon as practicable after it) |\n| Notifications | OAIC statement date and reference number; individuals notified, how and when; "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"mhr"),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":14,"column":96},"end":{"line":14,"column":155}}})) != null ? stack1 : "")
    + "insurer claim number; police or ReportCyber reference |\n| Review | Cause, fixes with owners and due dates, date closed |\n";
},"useData":true} },
  "plan/08-contacts.md": { format: "md", spec: {"0":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "| "
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(depth0,"name"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":8,"column":2},"end":{"line":8,"column":13}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(depth0,"position"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":8,"column":16},"end":{"line":8,"column":31}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"roles"),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.program(2, data, 0),"data":data,"loc":{"start":{"line":8,"column":34},"end":{"line":8,"column":78}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = lookupProperty(helpers,"phone").call(alias1,lookupProperty(depth0,"phone"),{"name":"phone","hash":{},"data":data,"loc":{"start":{"line":8,"column":81},"end":{"line":8,"column":96}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"afterHoursPhone"),{"name":"if","hash":{},"fn":container.program(3, data, 0),"inverse":container.program(4, data, 0),"data":data,"loc":{"start":{"line":8,"column":99},"end":{"line":8,"column":212}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"email"),{"name":"if","hash":{},"fn":container.program(7, data, 0),"inverse":container.program(8, data, 0),"data":data,"loc":{"start":{"line":8,"column":215},"end":{"line":8,"column":262}}})) != null ? stack1 : "")
    + " |\n";
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"md").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"roles"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":8,"column":47},"end":{"line":8,"column":59}}})) != null ? stack1 : "");
},"2":function(container,depth0,helpers,partials,data) {
    return "None";
},"3":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"phone").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"afterHoursPhone"),{"name":"phone","hash":{},"data":data,"loc":{"start":{"line":8,"column":122},"end":{"line":8,"column":147}}})) != null ? stack1 : "");
},"4":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"afterHoursSame"),{"name":"if","hash":{},"fn":container.program(5, data, 0),"inverse":container.program(6, data, 0),"data":data,"loc":{"start":{"line":8,"column":147},"end":{"line":8,"column":205}}})) != null ? stack1 : "");
},"5":function(container,depth0,helpers,partials,data) {
    return "Same number";
},"6":function(container,depth0,helpers,partials,data) {
    return "None recorded";
},"7":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"email").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"email"),{"name":"email","hash":{},"data":data,"loc":{"start":{"line":8,"column":228},"end":{"line":8,"column":243}}})) != null ? stack1 : "");
},"8":function(container,depth0,helpers,partials,data) {
    return "none";
},"9":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "| Who | For | Phone | Email or web | Reference |\n|---|---|---|---|---|\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"msp"),{"name":"if","hash":{},"fn":container.program(10, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":16,"column":0},"end":{"line":18,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"insurer"),{"name":"if","hash":{},"fn":container.program(14, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":19,"column":0},"end":{"line":21,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"lawyer"),{"name":"if","hash":{},"fn":container.program(17, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":22,"column":0},"end":{"line":24,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(depth0,"vendors"),{"name":"each","hash":{},"fn":container.program(19, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":25,"column":0},"end":{"line":27,"column":9}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(depth0,"pathology"),{"name":"each","hash":{},"fn":container.program(19, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":28,"column":0},"end":{"line":30,"column":9}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"localPolice"),{"name":"if","hash":{},"fn":container.program(23, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":31,"column":0},"end":{"line":33,"column":7}}})) != null ? stack1 : "");
},"10":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "| "
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(lookupProperty(depth0,"msp"),"name"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":17,"column":2},"end":{"line":17,"column":17}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(lookupProperty(depth0,"msp"),"detail"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":17,"column":20},"end":{"line":17,"column":37}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = lookupProperty(helpers,"phone").call(alias1,lookupProperty(lookupProperty(depth0,"msp"),"phone"),{"name":"phone","hash":{},"data":data,"loc":{"start":{"line":17,"column":40},"end":{"line":17,"column":59}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"msp"),"afterHoursPhone"),{"name":"if","hash":{},"fn":container.program(11, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":17,"column":59},"end":{"line":17,"column":136}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"msp"),"email"),{"name":"if","hash":{},"fn":container.program(12, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":17,"column":139},"end":{"line":17,"column":182}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"msp"),"reference"),{"name":"if","hash":{},"fn":container.program(13, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":17,"column":185},"end":{"line":17,"column":233}}})) != null ? stack1 : "")
    + " |\n";
},"11":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "; after hours "
    + ((stack1 = lookupProperty(helpers,"phone").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"msp"),"afterHoursPhone"),{"name":"phone","hash":{},"data":data,"loc":{"start":{"line":17,"column":100},"end":{"line":17,"column":129}}})) != null ? stack1 : "");
},"12":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"email").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"msp"),"email"),{"name":"email","hash":{},"data":data,"loc":{"start":{"line":17,"column":156},"end":{"line":17,"column":175}}})) != null ? stack1 : "");
},"13":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"md").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"msp"),"reference"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":17,"column":206},"end":{"line":17,"column":226}}})) != null ? stack1 : "");
},"14":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "| "
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(lookupProperty(depth0,"insurer"),"name"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":20,"column":2},"end":{"line":20,"column":21}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(lookupProperty(depth0,"insurer"),"detail"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":20,"column":24},"end":{"line":20,"column":45}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = lookupProperty(helpers,"phone").call(alias1,lookupProperty(lookupProperty(depth0,"insurer"),"phone"),{"name":"phone","hash":{},"data":data,"loc":{"start":{"line":20,"column":48},"end":{"line":20,"column":71}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"insurer"),"email"),{"name":"if","hash":{},"fn":container.program(15, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":20,"column":74},"end":{"line":20,"column":125}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"insurer"),"reference"),{"name":"if","hash":{},"fn":container.program(16, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":20,"column":128},"end":{"line":20,"column":191}}})) != null ? stack1 : "")
    + " |\n";
},"15":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"email").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"insurer"),"email"),{"name":"email","hash":{},"data":data,"loc":{"start":{"line":20,"column":95},"end":{"line":20,"column":118}}})) != null ? stack1 : "");
},"16":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "Policy "
    + ((stack1 = lookupProperty(helpers,"md").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"insurer"),"reference"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":20,"column":160},"end":{"line":20,"column":184}}})) != null ? stack1 : "");
},"17":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "| "
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(lookupProperty(depth0,"lawyer"),"name"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":23,"column":2},"end":{"line":23,"column":20}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(lookupProperty(depth0,"lawyer"),"detail"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":23,"column":23},"end":{"line":23,"column":43}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = lookupProperty(helpers,"phone").call(alias1,lookupProperty(lookupProperty(depth0,"lawyer"),"phone"),{"name":"phone","hash":{},"data":data,"loc":{"start":{"line":23,"column":46},"end":{"line":23,"column":68}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"lawyer"),"email"),{"name":"if","hash":{},"fn":container.program(18, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":23,"column":71},"end":{"line":23,"column":120}}})) != null ? stack1 : "")
    + " | |\n";
},"18":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"email").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"lawyer"),"email"),{"name":"email","hash":{},"data":data,"loc":{"start":{"line":23,"column":91},"end":{"line":23,"column":113}}})) != null ? stack1 : "");
},"19":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "| "
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(depth0,"name"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":26,"column":2},"end":{"line":26,"column":13}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(depth0,"detail"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":26,"column":16},"end":{"line":26,"column":29}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"phone"),{"name":"if","hash":{},"fn":container.program(20, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":26,"column":32},"end":{"line":26,"column":67}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"email"),{"name":"if","hash":{},"fn":container.program(7, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":26,"column":70},"end":{"line":26,"column":105}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"web"),{"name":"if","hash":{},"fn":container.program(21, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":26,"column":105},"end":{"line":26,"column":156}}})) != null ? stack1 : "")
    + " | |\n";
},"20":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"phone").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"phone"),{"name":"phone","hash":{},"data":data,"loc":{"start":{"line":26,"column":45},"end":{"line":26,"column":60}}})) != null ? stack1 : "");
},"21":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"email"),{"name":"if","hash":{},"fn":container.program(22, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":26,"column":116},"end":{"line":26,"column":138}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"url").call(alias1,lookupProperty(depth0,"web"),{"name":"url","hash":{},"data":data,"loc":{"start":{"line":26,"column":138},"end":{"line":26,"column":149}}})) != null ? stack1 : "");
},"22":function(container,depth0,helpers,partials,data) {
    return "; ";
},"23":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "| "
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(lookupProperty(depth0,"localPolice"),"name"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":32,"column":2},"end":{"line":32,"column":25}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(lookupProperty(depth0,"localPolice"),"detail"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":32,"column":28},"end":{"line":32,"column":53}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = lookupProperty(helpers,"phone").call(alias1,lookupProperty(lookupProperty(depth0,"localPolice"),"phone"),{"name":"phone","hash":{},"data":data,"loc":{"start":{"line":32,"column":56},"end":{"line":32,"column":83}}})) != null ? stack1 : "")
    + " | | |\n";
},"24":function(container,depth0,helpers,partials,data) {
    return "No outside help is recorded in the policy. Add the practice's IT support, insurer, lawyer and software vendors (`contacts` in the policy file) and rebuild: in an incident these are the first calls after the response lead.\n";
},"25":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "| "
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(lookupProperty(lookupProperty(depth0,"official"),"oaicMhr"),"name"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":44,"column":2},"end":{"line":44,"column":30}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(lookupProperty(lookupProperty(depth0,"official"),"oaicMhr"),"detail"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":44,"column":33},"end":{"line":44,"column":63}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(lookupProperty(lookupProperty(depth0,"official"),"oaicMhr"),"phone"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":44,"column":66},"end":{"line":44,"column":95}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = lookupProperty(helpers,"url").call(alias1,lookupProperty(lookupProperty(lookupProperty(depth0,"official"),"oaicMhr"),"web"),{"name":"url","hash":{},"data":data,"loc":{"start":{"line":44,"column":98},"end":{"line":44,"column":126}}})) != null ? stack1 : "")
    + " |\n| "
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(lookupProperty(lookupProperty(depth0,"official"),"adha"),"name"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":45,"column":2},"end":{"line":45,"column":27}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(lookupProperty(lookupProperty(depth0,"official"),"adha"),"detail"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":45,"column":30},"end":{"line":45,"column":57}}})) != null ? stack1 : "")
    + " | | "
    + ((stack1 = lookupProperty(helpers,"url").call(alias1,lookupProperty(lookupProperty(lookupProperty(depth0,"official"),"adha"),"web"),{"name":"url","hash":{},"data":data,"loc":{"start":{"line":45,"column":62},"end":{"line":45,"column":87}}})) != null ? stack1 : "")
    + " |\n";
},"26":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "| "
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(lookupProperty(depth0,"stateHealth"),"regulator"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":49,"column":2},"end":{"line":49,"column":30}}})) != null ? stack1 : "")
    + " | Health privacy complaints under the "
    + ((stack1 = lookupProperty(helpers,"cite").call(alias1,lookupProperty(lookupProperty(depth0,"stateHealth"),"law"),{"name":"cite","hash":{},"data":data,"loc":{"start":{"line":49,"column":69},"end":{"line":49,"column":93}}})) != null ? stack1 : "")
    + " | | "
    + ((stack1 = lookupProperty(helpers,"url").call(alias1,lookupProperty(lookupProperty(depth0,"stateHealth"),"web"),{"name":"url","hash":{},"data":data,"loc":{"start":{"line":49,"column":98},"end":{"line":49,"column":121}}})) != null ? stack1 : "")
    + " |\n";
},"27":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "| "
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(lookupProperty(lookupProperty(depth0,"tailoring"),"ndisCommission"),"name"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":54,"column":2},"end":{"line":54,"column":38}}})) != null ? stack1 : "")
    + " | Reportable incidents (abuse, neglect, serious injury, unlawful contact; 24 hours), not data breaches as such | "
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(lookupProperty(lookupProperty(depth0,"tailoring"),"ndisCommission"),"phone"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":54,"column":152},"end":{"line":54,"column":189}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = lookupProperty(helpers,"url").call(alias1,lookupProperty(lookupProperty(lookupProperty(depth0,"tailoring"),"ndisCommission"),"web"),{"name":"url","hash":{},"data":data,"loc":{"start":{"line":54,"column":192},"end":{"line":54,"column":228}}})) != null ? stack1 : "")
    + " |\n";
},"28":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "| "
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(lookupProperty(lookupProperty(depth0,"tailoring"),"beyondBlue"),"name"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":59,"column":2},"end":{"line":59,"column":34}}})) != null ? stack1 : "")
    + " | Mental health support, 24 hours, named in the notices to clients | "
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(lookupProperty(lookupProperty(depth0,"tailoring"),"beyondBlue"),"phone"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":59,"column":104},"end":{"line":59,"column":137}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = lookupProperty(helpers,"url").call(alias1,lookupProperty(lookupProperty(lookupProperty(depth0,"tailoring"),"beyondBlue"),"web"),{"name":"url","hash":{},"data":data,"loc":{"start":{"line":59,"column":140},"end":{"line":59,"column":172}}})) != null ? stack1 : "")
    + " |\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "## 8. Contact list\n\n### 8.1 Practice people\n\n| Name | Position | Roles | Phone | After hours | Email |\n|---|---|---|---|---|---|\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(depth0,"people"),{"name":"each","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":7,"column":0},"end":{"line":9,"column":9}}})) != null ? stack1 : "")
    + "\n### 8.2 Outside help\n\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"outsideHelpCount"),{"name":"if","hash":{},"fn":container.program(9, data, 0),"inverse":container.program(24, data, 0),"data":data,"loc":{"start":{"line":13,"column":0},"end":{"line":36,"column":7}}})) != null ? stack1 : "")
    + "\n### 8.3 Official contacts\n\n| Who | For | Phone | Web or email |\n|---|---|---|---|\n| "
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(lookupProperty(lookupProperty(depth0,"official"),"oaic"),"name"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":42,"column":2},"end":{"line":42,"column":27}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(lookupProperty(lookupProperty(depth0,"official"),"oaic"),"detail"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":42,"column":30},"end":{"line":42,"column":57}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(lookupProperty(lookupProperty(depth0,"official"),"oaic"),"phone"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":42,"column":60},"end":{"line":42,"column":86}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = lookupProperty(helpers,"email").call(alias1,lookupProperty(lookupProperty(lookupProperty(depth0,"official"),"oaic"),"email"),{"name":"email","hash":{},"data":data,"loc":{"start":{"line":42,"column":89},"end":{"line":42,"column":118}}})) != null ? stack1 : "")
    + "; "
    + ((stack1 = lookupProperty(helpers,"url").call(alias1,lookupProperty(lookupProperty(lookupProperty(depth0,"official"),"oaic"),"web"),{"name":"url","hash":{},"data":data,"loc":{"start":{"line":42,"column":120},"end":{"line":42,"column":145}}})) != null ? stack1 : "")
    + " |\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"mhr"),{"name":"if","hash":{},"fn":container.program(25, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":43,"column":0},"end":{"line":46,"column":7}}})) != null ? stack1 : "")
    + "| "
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(lookupProperty(lookupProperty(depth0,"official"),"oaicComplaints"),"name"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":47,"column":2},"end":{"line":47,"column":37}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(lookupProperty(lookupProperty(depth0,"official"),"oaicComplaints"),"detail"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":47,"column":40},"end":{"line":47,"column":77}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(lookupProperty(lookupProperty(depth0,"official"),"oaicComplaints"),"phone"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":47,"column":80},"end":{"line":47,"column":116}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = lookupProperty(helpers,"url").call(alias1,lookupProperty(lookupProperty(lookupProperty(depth0,"official"),"oaicComplaints"),"web"),{"name":"url","hash":{},"data":data,"loc":{"start":{"line":47,"column":119},"end":{"line":47,"column":154}}})) != null ? stack1 : "")
    + " |\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"stateHealth"),{"name":"if","hash":{},"fn":container.program(26, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":48,"column":0},"end":{"line":50,"column":7}}})) != null ? stack1 : "")
    + "| "
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(lookupProperty(lookupProperty(depth0,"official"),"reportCyber"),"name"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":51,"column":2},"end":{"line":51,"column":34}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(lookupProperty(lookupProperty(depth0,"official"),"reportCyber"),"detail"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":51,"column":37},"end":{"line":51,"column":71}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(lookupProperty(lookupProperty(depth0,"official"),"reportCyber"),"phone"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":51,"column":74},"end":{"line":51,"column":107}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = lookupProperty(helpers,"url").call(alias1,lookupProperty(lookupProperty(lookupProperty(depth0,"official"),"reportCyber"),"web"),{"name":"url","hash":{},"data":data,"loc":{"start":{"line":51,"column":110},"end":{"line":51,"column":142}}})) != null ? stack1 : "")
    + " |\n| "
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(lookupProperty(lookupProperty(depth0,"official"),"police"),"name"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":52,"column":2},"end":{"line":52,"column":29}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(lookupProperty(lookupProperty(depth0,"official"),"police"),"detail"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":52,"column":32},"end":{"line":52,"column":61}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(lookupProperty(lookupProperty(depth0,"official"),"police"),"phone"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":52,"column":64},"end":{"line":52,"column":92}}})) != null ? stack1 : "")
    + " | |\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"tailoring"),"ndisCommission"),{"name":"if","hash":{},"fn":container.program(27, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":53,"column":0},"end":{"line":55,"column":7}}})) != null ? stack1 : "")
    + "| "
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(lookupProperty(lookupProperty(depth0,"support"),"interpreter"),"name"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":56,"column":2},"end":{"line":56,"column":33}}})) != null ? stack1 : "")
    + " | An interpreter for a patient who needs one | "
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(lookupProperty(lookupProperty(depth0,"support"),"interpreter"),"phone"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":56,"column":81},"end":{"line":56,"column":113}}})) != null ? stack1 : "")
    + " | |\n| "
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(lookupProperty(lookupProperty(depth0,"support"),"lifeline"),"name"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":57,"column":2},"end":{"line":57,"column":30}}})) != null ? stack1 : "")
    + " | Crisis support, 24 hours, for anyone distressed by the breach | "
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(lookupProperty(lookupProperty(depth0,"support"),"lifeline"),"phone"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":57,"column":97},"end":{"line":57,"column":126}}})) != null ? stack1 : "")
    + " | |\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(lookupProperty(depth0,"tailoring"),"profile"),"mentalHealth"),{"name":"if","hash":{},"fn":container.program(28, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":58,"column":0},"end":{"line":60,"column":7}}})) != null ? stack1 : "")
    + "| "
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(lookupProperty(lookupProperty(depth0,"support"),"idcare"),"name"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":61,"column":2},"end":{"line":61,"column":28}}})) != null ? stack1 : "")
    + " | Free identity and cyber support for people whose details may be misused | "
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(lookupProperty(lookupProperty(depth0,"support"),"idcare"),"phone"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":61,"column":105},"end":{"line":61,"column":132}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = lookupProperty(helpers,"url").call(alias1,lookupProperty(lookupProperty(lookupProperty(depth0,"support"),"idcare"),"web"),{"name":"url","hash":{},"data":data,"loc":{"start":{"line":61,"column":135},"end":{"line":61,"column":161}}})) != null ? stack1 : "")
    + " |\n";
},"useData":true} },
  "plan/09-systems.md": { format: "md", spec: {"0":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "| System | Purpose | Personal information | Hosting | Administered by |\n|---|---|---|---|---|\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(depth0,"systems"),{"name":"each","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":8,"column":0},"end":{"line":10,"column":9}}})) != null ? stack1 : "")
    + "\n| System | Backups | Encryption | Multi-factor sign-in |\n|---|---|---|---|\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(depth0,"systems"),{"name":"each","hash":{},"fn":container.program(3, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":14,"column":0},"end":{"line":16,"column":9}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(lookupProperty(depth0,"tailoring"),"devices"),"length"),{"name":"if","hash":{},"fn":container.program(5, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":17,"column":0},"end":{"line":20,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(lookupProperty(depth0,"tailoring"),"vendorTerms"),"length"),{"name":"if","hash":{},"fn":container.program(8, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":21,"column":0},"end":{"line":24,"column":7}}})) != null ? stack1 : "");
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "| **"
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(depth0,"name"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":9,"column":4},"end":{"line":9,"column":15}}})) != null ? stack1 : "")
    + "**"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"vendor"),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":9,"column":17},"end":{"line":9,"column":54}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(depth0,"purpose"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":9,"column":57},"end":{"line":9,"column":71}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(depth0,"kinds"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":9,"column":74},"end":{"line":9,"column":86}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(depth0,"hosting"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":9,"column":89},"end":{"line":9,"column":103}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(depth0,"administeredBy"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":9,"column":106},"end":{"line":9,"column":127}}})) != null ? stack1 : "")
    + " |\n";
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " ("
    + ((stack1 = lookupProperty(helpers,"md").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"vendor"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":9,"column":33},"end":{"line":9,"column":46}}})) != null ? stack1 : "")
    + ")";
},"3":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "| **"
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(depth0,"name"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":15,"column":4},"end":{"line":15,"column":15}}})) != null ? stack1 : "")
    + "** | "
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(depth0,"backups"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":15,"column":20},"end":{"line":15,"column":34}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(depth0,"encryption"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":15,"column":37},"end":{"line":15,"column":54}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"encryptionNotes"),{"name":"if","hash":{},"fn":container.program(4, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":15,"column":54},"end":{"line":15,"column":108}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(depth0,"mfa"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":15,"column":111},"end":{"line":15,"column":121}}})) != null ? stack1 : "")
    + " |\n";
},"4":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ". "
    + ((stack1 = lookupProperty(helpers,"md").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"encryptionNotes"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":15,"column":79},"end":{"line":15,"column":101}}})) != null ? stack1 : "");
},"5":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\nPortable devices (what losing one means is in section 3.1): "
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"tailoring"),"devices"),{"name":"each","hash":{},"fn":container.program(6, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":19,"column":60},"end":{"line":19,"column":153}}})) != null ? stack1 : "")
    + ".\n";
},"6":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "**"
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(depth0,"name"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":19,"column":89},"end":{"line":19,"column":100}}})) != null ? stack1 : "")
    + "**, "
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(depth0,"how"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":19,"column":104},"end":{"line":19,"column":114}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"unless").call(alias1,lookupProperty(data,"last"),{"name":"unless","hash":{},"fn":container.program(7, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":19,"column":114},"end":{"line":19,"column":144}}})) != null ? stack1 : "");
},"7":function(container,depth0,helpers,partials,data) {
    return "; ";
},"8":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\nVendors' contractual breach-notice terms (contract terms, not the law's clock; section 3.5): "
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"tailoring"),"vendorTerms"),{"name":"each","hash":{},"fn":container.program(9, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":23,"column":93},"end":{"line":23,"column":238}}})) != null ? stack1 : "")
    + ".\n";
},"9":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "**"
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(depth0,"vendor"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":23,"column":126},"end":{"line":23,"column":139}}})) != null ? stack1 : "")
    + "** within "
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(depth0,"window"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":23,"column":149},"end":{"line":23,"column":162}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"clause"),{"name":"if","hash":{},"fn":container.program(10, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":23,"column":162},"end":{"line":23,"column":199}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"unless").call(alias1,lookupProperty(data,"last"),{"name":"unless","hash":{},"fn":container.program(7, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":23,"column":199},"end":{"line":23,"column":229}}})) != null ? stack1 : "");
},"10":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " ("
    + ((stack1 = lookupProperty(helpers,"md").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"clause"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":23,"column":178},"end":{"line":23,"column":191}}})) != null ? stack1 : "")
    + ")";
},"11":function(container,depth0,helpers,partials,data) {
    return "No systems are recorded in the policy. List every system that holds personal information (clinical software, email, cloud storage, booking) before relying on this plan.\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "## 9. Systems inventory\n\nThe systems that hold personal information. Use this list to scope an incident quickly: what was exposed, who administers it, and whether backups and encryption limit the damage.\n\n"
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"systems"),"length"),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.program(11, data, 0),"data":data,"loc":{"start":{"line":5,"column":0},"end":{"line":27,"column":7}}})) != null ? stack1 : "");
},"useData":true} },
  "plan/10-drills.md": { format: "md", spec: {"0":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "| Drill | What | When | Status | Next dates | Who |\n|---|---|---|---|---|---|\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"drills"),{"name":"each","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":8,"column":0},"end":{"line":10,"column":9}}})) != null ? stack1 : "");
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "| **"
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(depth0,"title"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":9,"column":4},"end":{"line":9,"column":16}}})) != null ? stack1 : "")
    + "** | "
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(depth0,"kind"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":9,"column":21},"end":{"line":9,"column":32}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(depth0,"schedule"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":9,"column":35},"end":{"line":9,"column":50}}})) != null ? stack1 : "")
    + " ("
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(depth0,"frequency"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":9,"column":52},"end":{"line":9,"column":68}}})) != null ? stack1 : "")
    + "), "
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(depth0,"startTime"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":9,"column":71},"end":{"line":9,"column":87}}})) != null ? stack1 : "")
    + ", "
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(depth0,"durationMinutes"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":9,"column":89},"end":{"line":9,"column":111}}})) != null ? stack1 : "")
    + " min, "
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(depth0,"location"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":9,"column":117},"end":{"line":9,"column":132}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"overdue"),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.program(3, data, 0),"data":data,"loc":{"start":{"line":9,"column":135},"end":{"line":9,"column":289}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"lastHeld"),{"name":"if","hash":{},"fn":container.program(6, data, 0),"inverse":container.program(7, data, 0),"data":data,"loc":{"start":{"line":9,"column":289},"end":{"line":9,"column":362}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(depth0,"nextDates"),{"name":"each","hash":{},"fn":container.program(8, data, 0),"inverse":container.program(5, data, 0),"data":data,"loc":{"start":{"line":9,"column":365},"end":{"line":9,"column":460}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(depth0,"attendees"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":9,"column":463},"end":{"line":9,"column":479}}})) != null ? stack1 : "")
    + " |\n";
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "**Overdue:** due "
    + ((stack1 = lookupProperty(helpers,"day").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"nextDue"),{"name":"day","hash":{},"data":data,"loc":{"start":{"line":9,"column":167},"end":{"line":9,"column":182}}})) != null ? stack1 : "")
    + ", not recorded as held";
},"3":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"nextDue"),{"name":"if","hash":{},"fn":container.program(4, data, 0),"inverse":container.program(5, data, 0),"data":data,"loc":{"start":{"line":9,"column":212},"end":{"line":9,"column":282}}})) != null ? stack1 : "");
},"4":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "Next due "
    + ((stack1 = lookupProperty(helpers,"day").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"nextDue"),{"name":"day","hash":{},"data":data,"loc":{"start":{"line":9,"column":236},"end":{"line":9,"column":251}}})) != null ? stack1 : "");
},"5":function(container,depth0,helpers,partials,data) {
    return "No further dates";
},"6":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "; last held "
    + ((stack1 = lookupProperty(helpers,"day").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"lastHeld"),{"name":"day","hash":{},"data":data,"loc":{"start":{"line":9,"column":317},"end":{"line":9,"column":333}}})) != null ? stack1 : "");
},"7":function(container,depth0,helpers,partials,data) {
    return "; not yet held";
},"8":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"date").call(alias1,depth0,{"name":"date","hash":{},"data":data,"loc":{"start":{"line":9,"column":384},"end":{"line":9,"column":397}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"unless").call(alias1,lookupProperty(data,"last"),{"name":"unless","hash":{},"fn":container.program(9, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":9,"column":397},"end":{"line":9,"column":427}}})) != null ? stack1 : "");
},"9":function(container,depth0,helpers,partials,data) {
    return "; ";
},"10":function(container,depth0,helpers,partials,data) {
    return "No drills are scheduled. Add at least a yearly tabletop exercise and plan review to the policy.\n";
},"11":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n### Drill log\n\n| Date | Drill | Who took part | Notes | What changed |\n|---|---|---|---|---|\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"drillLog"),{"name":"each","hash":{},"fn":container.program(12, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":22,"column":0},"end":{"line":24,"column":9}}})) != null ? stack1 : "");
},"12":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "| "
    + ((stack1 = lookupProperty(helpers,"day").call(alias1,lookupProperty(depth0,"date"),{"name":"day","hash":{},"data":data,"loc":{"start":{"line":23,"column":2},"end":{"line":23,"column":14}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(depth0,"title"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":23,"column":17},"end":{"line":23,"column":29}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"attendees"),{"name":"if","hash":{},"fn":container.program(13, data, 0),"inverse":container.program(14, data, 0),"data":data,"loc":{"start":{"line":23,"column":32},"end":{"line":23,"column":81}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"notes"),{"name":"if","hash":{},"fn":container.program(15, data, 0),"inverse":container.program(14, data, 0),"data":data,"loc":{"start":{"line":23,"column":84},"end":{"line":23,"column":125}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"changes"),{"name":"if","hash":{},"fn":container.program(16, data, 0),"inverse":container.program(14, data, 0),"data":data,"loc":{"start":{"line":23,"column":128},"end":{"line":23,"column":173}}})) != null ? stack1 : "")
    + " |\n";
},"13":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"md").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"attendees"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":23,"column":49},"end":{"line":23,"column":65}}})) != null ? stack1 : "");
},"14":function(container,depth0,helpers,partials,data) {
    return "—";
},"15":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"md").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"notes"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":23,"column":97},"end":{"line":23,"column":109}}})) != null ? stack1 : "");
},"16":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"md").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"changes"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":23,"column":143},"end":{"line":23,"column":157}}})) != null ? stack1 : "");
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "## 10. Drill schedule\n\nA plan only works if people have practised it. Import **drills.ics** into the practice calendar: each drill repeats on its own and sends a reminder the day before and an hour before. After each drill, add it to the drill log in the policy (date, who took part, notes, what changed) and rebuild the plan: a drill whose date has passed without an entry shows as overdue.\n\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"drills"),"length"),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.program(10, data, 0),"data":data,"loc":{"start":{"line":5,"column":0},"end":{"line":13,"column":7}}})) != null ? stack1 : "")
    + "\nNext plan review: **"
    + ((stack1 = lookupProperty(helpers,"date").call(alias1,lookupProperty(lookupProperty(depth0,"plan"),"nextReview"),{"name":"date","hash":{},"data":data,"loc":{"start":{"line":15,"column":20},"end":{"line":15,"column":44}}})) != null ? stack1 : "")
    + "**.\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"drillLog"),"length"),{"name":"if","hash":{},"fn":container.program(11, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":16,"column":0},"end":{"line":25,"column":7}}})) != null ? stack1 : "");
},"useData":true} },
};
