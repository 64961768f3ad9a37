// @ts-nocheck
// GENERATED from templates/ by packages/generator/scripts/precompile.ts: do not edit.
// Regenerate with `pnpm --filter @ndb-kit/generator precompile`; a test fails while it is stale.
export const NOTICE_TEMPLATES = {
  "notices/incident-report.md": { format: "md", spec: {"0":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"date").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"incident"),"occurredOn"),{"name":"date","hash":{},"data":data,"loc":{"start":{"line":9,"column":57},"end":{"line":9,"column":85}}})) != null ? stack1 : "")
    + ", **[[TIME, OR UNKNOWN]]**";
},"1":function(container,depth0,helpers,partials,data) {
    return "**[[DATE AND TIME, OR UNKNOWN]]**";
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"date").call(alias1,lookupProperty(lookupProperty(depth0,"incident"),"awareOn"),{"name":"date","hash":{},"data":data,"loc":{"start":{"line":10,"column":58},"end":{"line":10,"column":83}}})) != null ? stack1 : "")
    + ", "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"incident"),"awareTime"),{"name":"if","hash":{},"fn":container.program(3, data, 0),"inverse":container.program(4, data, 0),"data":data,"loc":{"start":{"line":10,"column":85},"end":{"line":10,"column":163}}})) != null ? stack1 : "");
},"3":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"md").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"incident"),"awareTime"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":10,"column":111},"end":{"line":10,"column":136}}})) != null ? stack1 : "");
},"4":function(container,depth0,helpers,partials,data) {
    return "**[[TIME]]**";
},"5":function(container,depth0,helpers,partials,data) {
    return "**[[DATE AND TIME]]**";
},"6":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(lookupProperty(depth0,"incident"),"What"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":12,"column":47},"end":{"line":12,"column":67}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"incident"),"cause"),{"name":"if","hash":{},"fn":container.program(7, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":12,"column":67},"end":{"line":12,"column":127}}})) != null ? stack1 : "");
},"7":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " (cause: "
    + ((stack1 = lookupProperty(helpers,"md").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"incident"),"cause"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":12,"column":98},"end":{"line":12,"column":119}}})) != null ? stack1 : "")
    + ")";
},"8":function(container,depth0,helpers,partials,data) {
    return "**[[lost device / misdirected email or letter / compromised account / ransomware / vendor breach / staff snooping / paper records / other]]**";
},"9":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"md").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"incident"),"description"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":13,"column":46},"end":{"line":13,"column":73}}})) != null ? stack1 : "");
},"10":function(container,depth0,helpers,partials,data) {
    return "**[[DESCRIBE WHAT HAPPENED]]**";
},"11":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(lookupProperty(depth0,"incident"),"Kinds"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":15,"column":47},"end":{"line":15,"column":68}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"incident"),"kindsMayBeMore"),{"name":"if","hash":{},"fn":container.program(12, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":15,"column":68},"end":{"line":15,"column":131}}})) != null ? stack1 : "");
},"12":function(container,depth0,helpers,partials,data) {
    return "; **[[ANY OTHER KINDS]]**";
},"13":function(container,depth0,helpers,partials,data) {
    return "**[[KINDS]]**";
},"14":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"incident"),"individuals"),{"name":"if","hash":{},"fn":container.program(15, data, 0),"inverse":container.program(16, data, 0),"data":data,"loc":{"start":{"line":16,"column":83},"end":{"line":16,"column":167}}})) != null ? stack1 : "")
    + "; "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"incident"),"vulnerable"),{"name":"if","hash":{},"fn":container.program(17, data, 0),"inverse":container.program(18, data, 0),"data":data,"loc":{"start":{"line":16,"column":169},"end":{"line":16,"column":252}}})) != null ? stack1 : "");
},"15":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"md").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"incident"),"individuals"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":16,"column":111},"end":{"line":16,"column":138}}})) != null ? stack1 : "");
},"16":function(container,depth0,helpers,partials,data) {
    return "**[[NUMBER]]**";
},"17":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"md").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"incident"),"vulnerable"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":16,"column":196},"end":{"line":16,"column":222}}})) != null ? stack1 : "");
},"18":function(container,depth0,helpers,partials,data) {
    return "**[[DETAILS]]**";
},"19":function(container,depth0,helpers,partials,data) {
    return "**[[NUMBER; DETAILS]]**";
},"20":function(container,depth0,helpers,partials,data) {
    return "| My Health Record involved? | **[[YES / NO / POSSIBLY]]** (if yes or possibly: section 5.6 of the plan) |\n";
},"21":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"md").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"incident"),"certainty"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":31,"column":53},"end":{"line":31,"column":78}}})) != null ? stack1 : "");
},"22":function(container,depth0,helpers,partials,data) {
    return "**[[SUSPECTED / BELIEVED]]**";
},"23":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"day").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"incident"),"assessmentDue"),{"name":"day","hash":{},"data":data,"loc":{"start":{"line":32,"column":117},"end":{"line":32,"column":147}}})) != null ? stack1 : "");
},"24":function(container,depth0,helpers,partials,data) {
    return "**[[DATE]]**";
},"25":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"md").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"incident"),"Actions"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":34,"column":61},"end":{"line":34,"column":84}}})) != null ? stack1 : "")
    + " **[[EVIDENCE]]**";
},"26":function(container,depth0,helpers,partials,data) {
    return "**[[ACTION, EVIDENCE]]**";
},"27":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "Wizard's assessment: "
    + ((stack1 = lookupProperty(helpers,"md").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"decision"),"headline"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":36,"column":78},"end":{"line":36,"column":102}}})) != null ? stack1 : "")
    + " **[[DECISION AND REASONS]]**";
},"28":function(container,depth0,helpers,partials,data) {
    return "**[[DECISION AND REASONS]]**";
},"29":function(container,depth0,helpers,partials,data) {
    return "| My Health Record: Australian Digital Health Agency (System Operator) | **[[DATE]]** | **[[REFERENCE]]** |\n| My Health Record: Information Commissioner (OAIC's My Health Record channel) | **[[DATE]]** | **[[REFERENCE]]** |\n";
},"30":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " ("
    + ((stack1 = lookupProperty(helpers,"md").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"insurer"),"name"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":49,"column":26},"end":{"line":49,"column":45}}})) != null ? stack1 : "")
    + ")";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "# Incident register entry: "
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(lookupProperty(depth0,"practice"),"tradingName"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":1,"column":27},"end":{"line":1,"column":54}}})) != null ? stack1 : "")
    + "\n\nInternal and confidential. Fill in as the incident unfolds; keep it even if the breach is not notifiable ("
    + ((stack1 = lookupProperty(helpers,"cite").call(alias1,"s26WH",{"name":"cite","hash":{},"data":data,"loc":{"start":{"line":3,"column":106},"end":{"line":3,"column":122}}})) != null ? stack1 : "")
    + ").\n\n| Field | Entry |\n|---|---|\n| Incident number | **[[YEAR-NUMBER]]** |\n| Entry opened by, date | **[[NAME, DATE]]** |\n| Date and time it happened | "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"incident"),"occurredOn"),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.program(1, data, 0),"data":data,"loc":{"start":{"line":9,"column":30},"end":{"line":9,"column":159}}})) != null ? stack1 : "")
    + " |\n| Date and time we became aware | "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"incident"),"awareOn"),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.program(5, data, 0),"data":data,"loc":{"start":{"line":10,"column":34},"end":{"line":10,"column":199}}})) != null ? stack1 : "")
    + " |\n| Found by, and how | **[[NAME, HOW]]** |\n| Incident type | "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"incident"),"whatHappened"),{"name":"if","hash":{},"fn":container.program(6, data, 0),"inverse":container.program(8, data, 0),"data":data,"loc":{"start":{"line":12,"column":18},"end":{"line":12,"column":283}}})) != null ? stack1 : "")
    + " |\n| What happened | "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"incident"),"description"),{"name":"if","hash":{},"fn":container.program(9, data, 0),"inverse":container.program(10, data, 0),"data":data,"loc":{"start":{"line":13,"column":18},"end":{"line":13,"column":118}}})) != null ? stack1 : "")
    + " |\n| Systems and records involved | **[[SYSTEMS]]** |\n| Kinds of information | "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"incident"),"kinds"),{"name":"if","hash":{},"fn":container.program(11, data, 0),"inverse":container.program(13, data, 0),"data":data,"loc":{"start":{"line":15,"column":25},"end":{"line":15,"column":159}}})) != null ? stack1 : "")
    + " |\n| Number of individuals; any children or vulnerable people | "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"incident"),"known"),{"name":"if","hash":{},"fn":container.program(14, data, 0),"inverse":container.program(19, data, 0),"data":data,"loc":{"start":{"line":16,"column":61},"end":{"line":16,"column":290}}})) != null ? stack1 : "")
    + " |\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"mhr"),{"name":"if","hash":{},"fn":container.program(20, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":17,"column":0},"end":{"line":19,"column":7}}})) != null ? stack1 : "")
    + "\n## Containment log\n\n| Date and time | Action | By | Evidence kept |\n|---|---|---|---|\n| **[[ ]]** | **[[ ]]** | **[[ ]]** | **[[ ]]** |\n\n## Assessment\n\n| Field | Entry |\n|---|---|\n| Suspected or believed? | "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"incident"),"certainty"),{"name":"if","hash":{},"fn":container.program(21, data, 0),"inverse":container.program(22, data, 0),"data":data,"loc":{"start":{"line":31,"column":27},"end":{"line":31,"column":121}}})) != null ? stack1 : "")
    + " |\n| Assessment due (awareness date + "
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(lookupProperty(depth0,"assessment"),"days"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":32,"column":35},"end":{"line":32,"column":57}}})) != null ? stack1 : "")
    + " days, "
    + ((stack1 = lookupProperty(helpers,"cite").call(alias1,"s26WH(2)",{"name":"cite","hash":{},"data":data,"loc":{"start":{"line":32,"column":64},"end":{"line":32,"column":83}}})) != null ? stack1 : "")
    + ") | "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"incident"),"assessmentDue"),{"name":"if","hash":{},"fn":container.program(23, data, 0),"inverse":container.program(24, data, 0),"data":data,"loc":{"start":{"line":32,"column":87},"end":{"line":32,"column":174}}})) != null ? stack1 : "")
    + " |\n| Matters weighed ("
    + ((stack1 = lookupProperty(helpers,"cite").call(alias1,"s26WG(c)",{"name":"cite","hash":{},"data":data,"loc":{"start":{"line":33,"column":19},"end":{"line":33,"column":38}}})) != null ? stack1 : "")
    + " to (j)) | **[[HOW EACH CUT]]** |\n| Remedial action and its evidence | "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"incident"),"actions"),{"name":"if","hash":{},"fn":container.program(25, data, 0),"inverse":container.program(26, data, 0),"data":data,"loc":{"start":{"line":34,"column":37},"end":{"line":34,"column":140}}})) != null ? stack1 : "")
    + " |\n| Date reasonable grounds to believe there was an eligible data breach were formed (the statement is due as soon as practicable after it, "
    + ((stack1 = lookupProperty(helpers,"cite").call(alias1,"s26WK",{"name":"cite","hash":{},"data":data,"loc":{"start":{"line":35,"column":138},"end":{"line":35,"column":154}}})) != null ? stack1 : "")
    + ") | **[[DATE, OR NOT YET]]** |\n| Decision: notifiable or not, and why | "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"decision"),{"name":"if","hash":{},"fn":container.program(27, data, 0),"inverse":container.program(28, data, 0),"data":data,"loc":{"start":{"line":36,"column":41},"end":{"line":36,"column":174}}})) != null ? stack1 : "")
    + " |\n| Decided by, date | **[[NAME, DATE]]** |\n\n## Notifications\n\n| Who | Date | Reference |\n|---|---|---|\n| OAIC statement | **[[DATE]]** | **[[OAIC REFERENCE]]** |\n| Individuals (option (a), (b) or (c); how) | **[[DATE]]** | **[[METHOD]]** |\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"mhr"),{"name":"if","hash":{},"fn":container.program(29, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":45,"column":0},"end":{"line":48,"column":7}}})) != null ? stack1 : "")
    + "| Insurer"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"insurer"),{"name":"if","hash":{},"fn":container.program(30, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":49,"column":9},"end":{"line":49,"column":53}}})) != null ? stack1 : "")
    + " | **[[DATE]]** | **[[CLAIM NUMBER]]** |\n| Police / ReportCyber | **[[DATE]]** | **[[REPORT NUMBER]]** |\n\n## Review\n\n| Field | Entry |\n|---|---|\n| Cause | **[[CAUSE]]** |\n| Fixes (owner, due date) | **[[FIXES]]** |\n| Review completed, date closed | **[[DATE]]** |\n";
},"useData":true} },
  "notices/individuals-email.txt": { format: "txt", spec: {"0":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "On "
    + ((stack1 = lookupProperty(helpers,"date").call(alias1,lookupProperty(lookupProperty(depth0,"incident"),"awareOn"),{"name":"date","hash":{},"data":data,"loc":{"start":{"line":9,"column":3},"end":{"line":9,"column":28}}})) != null ? stack1 : "")
    + " we became aware that "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"incident"),"whatHappened"),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.program(2, data, 0),"data":data,"loc":{"start":{"line":9,"column":50},"end":{"line":9,"column":136}}})) != null ? stack1 : "")
    + ". "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"incident"),"description"),{"name":"if","hash":{},"fn":container.program(3, data, 0),"inverse":container.program(4, data, 0),"data":data,"loc":{"start":{"line":9,"column":138},"end":{"line":9,"column":256}}})) != null ? stack1 : "")
    + "\n";
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = container.lambda(container.strict(lookupProperty(depth0,"incident"), "whatHappened", {"start":{"line":9,"column":81},"end":{"line":9,"column":102}} ), depth0)) != null ? stack1 : "");
},"2":function(container,depth0,helpers,partials,data) {
    return "[[WHAT HAPPENED]]";
},"3":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = container.lambda(container.strict(lookupProperty(depth0,"incident"), "description", {"start":{"line":9,"column":168},"end":{"line":9,"column":188}} ), depth0)) != null ? stack1 : "");
},"4":function(container,depth0,helpers,partials,data) {
    return "[[DESCRIBE WHAT HAPPENED AND WHEN, IN PLAIN WORDS]]";
},"5":function(container,depth0,helpers,partials,data) {
    return "[[DESCRIBE WHAT HAPPENED AND WHEN, IN PLAIN WORDS]]\n";
},"6":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = container.lambda(container.strict(lookupProperty(depth0,"incident"), "Kinds", {"start":{"line":16,"column":2},"end":{"line":16,"column":16}} ), depth0)) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"incident"),"kindsMayBeMore"),{"name":"if","hash":{},"fn":container.program(7, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":16,"column":18},"end":{"line":16,"column":95}}})) != null ? stack1 : "")
    + ".\n";
},"7":function(container,depth0,helpers,partials,data) {
    return "; [[ANY OTHER KINDS ABOUT THIS PERSON]]";
},"8":function(container,depth0,helpers,partials,data) {
    return "[[THE KINDS OF INFORMATION ABOUT THIS PERSON]]\n";
},"9":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = container.lambda(container.strict(lookupProperty(depth0,"incident"), "Actions", {"start":{"line":23,"column":2},"end":{"line":23,"column":18}} ), depth0)) != null ? stack1 : "")
    + " [[WHAT WE ARE DOING TO STOP IT HAPPENING AGAIN]]\n";
},"10":function(container,depth0,helpers,partials,data) {
    return "[[WHAT WE DID TO CONTAIN IT AND TO STOP IT HAPPENING AGAIN]]\n";
},"11":function(container,depth0,helpers,partials,data) {
    var stack1;

  return "- "
    + ((stack1 = container.lambda(depth0, depth0)) != null ? stack1 : "")
    + "\n";
},"12":function(container,depth0,helpers,partials,data) {
    return "- [[OTHER STEPS THAT FIT THE INFORMATION INVOLVED]]\n";
},"13":function(container,depth0,helpers,partials,data) {
    return " If this email address is not private to you, or you would like us to contact you another way (a different phone number, email or address, or only at certain times), please tell us and we will use only the way you choose.";
},"14":function(container,depth0,helpers,partials,data) {
    return " If you would like this information in another format, such as Easy Read or large print, or would like a support person, advocate or your plan nominee to talk with us for you, please let us know.";
},"15":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " Beyond Blue is on "
    + ((stack1 = container.lambda(container.strict(lookupProperty(lookupProperty(depth0,"support"),"beyondBlue"), "phone", {"start":{"line":42,"column":138},"end":{"line":42,"column":162}} ), depth0)) != null ? stack1 : "")
    + ", 24 hours a day, and you are welcome to talk it through with us or with your GP.";
},"16":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " or to the "
    + ((stack1 = container.lambda(container.strict(lookupProperty(depth0,"stateHealth"), "regulator", {"start":{"line":45,"column":237},"end":{"line":45,"column":258}} ), depth0)) != null ? stack1 : "")
    + " ("
    + ((stack1 = lookupProperty(helpers,"url").call(alias1,lookupProperty(lookupProperty(depth0,"stateHealth"),"web"),{"name":"url","hash":{},"data":data,"loc":{"start":{"line":45,"column":262},"end":{"line":45,"column":285}}})) != null ? stack1 : "")
    + ") under the "
    + ((stack1 = lookupProperty(helpers,"cite").call(alias1,lookupProperty(lookupProperty(depth0,"stateHealth"),"law"),{"name":"cite","hash":{},"data":data,"loc":{"start":{"line":45,"column":297},"end":{"line":45,"column":321}}})) != null ? stack1 : "");
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda, alias3=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "Subject: Important: a data breach involving your personal information - "
    + ((stack1 = alias2(alias1(lookupProperty(depth0,"practice"), "tradingName", {"start":{"line":1,"column":74},"end":{"line":1,"column":94}} ), depth0)) != null ? stack1 : "")
    + "\n\nDear [[NAME]],\n\nWe are writing to tell you about a data breach at "
    + ((stack1 = alias2(alias1(lookupProperty(depth0,"practice"), "tradingName", {"start":{"line":5,"column":52},"end":{"line":5,"column":72}} ), depth0)) != null ? stack1 : "")
    + " that involves your personal information. We are sorry this has happened. We have assessed that the breach is likely to result in serious harm to some of the people whose information was involved, and the law requires us to tell you about it ("
    + ((stack1 = lookupProperty(helpers,"cite").call(alias3,"s26WL(2)",{"name":"cite","hash":{},"data":data,"loc":{"start":{"line":5,"column":317},"end":{"line":5,"column":336}}})) != null ? stack1 : "")
    + ").\n\nWHAT HAPPENED\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias3,lookupProperty(lookupProperty(depth0,"incident"),"known"),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.program(5, data, 0),"data":data,"loc":{"start":{"line":8,"column":0},"end":{"line":12,"column":7}}})) != null ? stack1 : "")
    + "\nWHAT INFORMATION WAS INVOLVED\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias3,lookupProperty(lookupProperty(depth0,"incident"),"kinds"),{"name":"if","hash":{},"fn":container.program(6, data, 0),"inverse":container.program(8, data, 0),"data":data,"loc":{"start":{"line":15,"column":0},"end":{"line":19,"column":7}}})) != null ? stack1 : "")
    + "\nWHAT WE HAVE DONE\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias3,lookupProperty(lookupProperty(depth0,"incident"),"actions"),{"name":"if","hash":{},"fn":container.program(9, data, 0),"inverse":container.program(10, data, 0),"data":data,"loc":{"start":{"line":22,"column":0},"end":{"line":26,"column":7}}})) != null ? stack1 : "")
    + "We have reported the breach to the Office of the Australian Information Commissioner.\n\nWHAT WE RECOMMEND YOU DO\n- Be alert to emails, calls or messages that mention your health care or this incident and ask for personal or payment details. We will never ask for your password or bank details, or ask you to click a link to give them.\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias3,lookupProperty(lookupProperty(depth0,"incident"),"steps"),{"name":"each","hash":{},"fn":container.program(11, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":31,"column":0},"end":{"line":33,"column":9}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"unless").call(alias3,lookupProperty(lookupProperty(depth0,"incident"),"stepsComplete"),{"name":"unless","hash":{},"fn":container.program(12, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":34,"column":0},"end":{"line":36,"column":11}}})) != null ? stack1 : "")
    + "\nQUESTIONS OR SUPPORT\nPlease contact "
    + ((stack1 = alias2(alias1(lookupProperty(lookupProperty(lookupProperty(depth0,"roles"),"privacyOfficer"),"person"), "name", {"start":{"line":39,"column":17},"end":{"line":39,"column":49}} ), depth0)) != null ? stack1 : "")
    + ", "
    + ((stack1 = alias2(alias1(lookupProperty(lookupProperty(lookupProperty(depth0,"roles"),"privacyOfficer"),"person"), "position", {"start":{"line":39,"column":55},"end":{"line":39,"column":91}} ), depth0)) != null ? stack1 : "")
    + ", on "
    + ((stack1 = lookupProperty(helpers,"phone").call(alias3,lookupProperty(lookupProperty(depth0,"practice"),"phone"),{"name":"phone","hash":{},"data":data,"loc":{"start":{"line":39,"column":98},"end":{"line":39,"column":122}}})) != null ? stack1 : "")
    + " or reply to "
    + ((stack1 = lookupProperty(helpers,"email").call(alias3,lookupProperty(lookupProperty(depth0,"practice"),"email"),{"name":"email","hash":{},"data":data,"loc":{"start":{"line":39,"column":135},"end":{"line":39,"column":159}}})) != null ? stack1 : "")
    + "."
    + ((stack1 = lookupProperty(helpers,"if").call(alias3,lookupProperty(lookupProperty(depth0,"tailoring"),"mentalHealth"),{"name":"if","hash":{},"fn":container.program(13, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":39,"column":160},"end":{"line":39,"column":418}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias3,lookupProperty(lookupProperty(depth0,"tailoring"),"ndis"),{"name":"if","hash":{},"fn":container.program(14, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":39,"column":418},"end":{"line":39,"column":642}}})) != null ? stack1 : "")
    + "\n\nSUPPORT\nIf this news is distressing, Lifeline is on "
    + ((stack1 = alias2(alias1(lookupProperty(lookupProperty(depth0,"support"),"lifeline"), "phone", {"start":{"line":42,"column":46},"end":{"line":42,"column":68}} ), depth0)) != null ? stack1 : "")
    + ", 24 hours a day."
    + ((stack1 = lookupProperty(helpers,"if").call(alias3,lookupProperty(lookupProperty(depth0,"tailoring"),"mentalHealth"),{"name":"if","hash":{},"fn":container.program(15, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":42,"column":87},"end":{"line":42,"column":252}}})) != null ? stack1 : "")
    + " If you think your details are being misused, IDCARE gives free help on "
    + ((stack1 = alias2(alias1(lookupProperty(lookupProperty(depth0,"support"),"idcare"), "phone", {"start":{"line":42,"column":326},"end":{"line":42,"column":346}} ), depth0)) != null ? stack1 : "")
    + ". If you need an interpreter, call TIS National on "
    + ((stack1 = alias2(alias1(lookupProperty(lookupProperty(depth0,"support"),"interpreter"), "phone", {"start":{"line":42,"column":401},"end":{"line":42,"column":426}} ), depth0)) != null ? stack1 : "")
    + " and ask them to call us.\n\nIF YOU WANT TO COMPLAIN\nPlease contact us first. If you are not satisfied with our response, you can complain to the Office of the Australian Information Commissioner ("
    + ((stack1 = lookupProperty(helpers,"url").call(alias3,lookupProperty(lookupProperty(lookupProperty(depth0,"official"),"oaicComplaints"),"web"),{"name":"url","hash":{},"data":data,"loc":{"start":{"line":45,"column":144},"end":{"line":45,"column":179}}})) != null ? stack1 : "")
    + ", "
    + ((stack1 = alias2(alias1(lookupProperty(lookupProperty(depth0,"official"),"oaic"), "phone", {"start":{"line":45,"column":183},"end":{"line":45,"column":202}} ), depth0)) != null ? stack1 : "")
    + ")"
    + ((stack1 = lookupProperty(helpers,"if").call(alias3,lookupProperty(depth0,"stateHealth"),{"name":"if","hash":{},"fn":container.program(16, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":45,"column":205},"end":{"line":45,"column":328}}})) != null ? stack1 : "")
    + ".\n\nYours sincerely,\n[[NAME AND POSITION OF THE SIGNATORY]]\n"
    + ((stack1 = alias2(alias1(lookupProperty(depth0,"practice"), "legalName", {"start":{"line":49,"column":2},"end":{"line":49,"column":20}} ), depth0)) != null ? stack1 : "")
    + "\n"
    + ((stack1 = alias2(alias1(lookupProperty(depth0,"practice"), "address", {"start":{"line":50,"column":2},"end":{"line":50,"column":18}} ), depth0)) != null ? stack1 : "")
    + "\n";
},"useData":true} },
  "notices/individuals-letter.md": { format: "md", spec: {"0":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "On "
    + ((stack1 = lookupProperty(helpers,"date").call(alias1,lookupProperty(lookupProperty(depth0,"incident"),"awareOn"),{"name":"date","hash":{},"data":data,"loc":{"start":{"line":15,"column":44},"end":{"line":15,"column":69}}})) != null ? stack1 : "")
    + " we became aware that "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"incident"),"whatHappened"),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.program(2, data, 0),"data":data,"loc":{"start":{"line":15,"column":91},"end":{"line":15,"column":184}}})) != null ? stack1 : "")
    + ". "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"incident"),"description"),{"name":"if","hash":{},"fn":container.program(3, data, 0),"inverse":container.program(4, data, 0),"data":data,"loc":{"start":{"line":15,"column":186},"end":{"line":15,"column":311}}})) != null ? stack1 : "");
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"md").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"incident"),"whatHappened"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":15,"column":120},"end":{"line":15,"column":148}}})) != null ? stack1 : "");
},"2":function(container,depth0,helpers,partials,data) {
    return "**[[WHAT HAPPENED]]**";
},"3":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"md").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"incident"),"description"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":15,"column":214},"end":{"line":15,"column":241}}})) != null ? stack1 : "");
},"4":function(container,depth0,helpers,partials,data) {
    return "**[[DESCRIBE WHAT HAPPENED AND WHEN, IN PLAIN WORDS]]**";
},"5":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(lookupProperty(depth0,"incident"),"Kinds"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":17,"column":57},"end":{"line":17,"column":78}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"incident"),"kindsMayBeMore"),{"name":"if","hash":{},"fn":container.program(6, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":17,"column":78},"end":{"line":17,"column":159}}})) != null ? stack1 : "")
    + ".";
},"6":function(container,depth0,helpers,partials,data) {
    return "; **[[ANY OTHER KINDS ABOUT THIS PERSON]]**";
},"7":function(container,depth0,helpers,partials,data) {
    return "**[[THE KINDS OF INFORMATION ABOUT THIS PERSON]]**";
},"8":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"md").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"incident"),"Actions"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":19,"column":47},"end":{"line":19,"column":70}}})) != null ? stack1 : "")
    + " **[[WHAT WE ARE DOING TO STOP IT HAPPENING AGAIN]]**";
},"9":function(container,depth0,helpers,partials,data) {
    return "**[[WHAT WE DID TO CONTAIN IT AND TO STOP IT HAPPENING AGAIN]]**";
},"10":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- "
    + ((stack1 = lookupProperty(helpers,"md").call(depth0 != null ? depth0 : (container.nullContext || {}),depth0,{"name":"md","hash":{},"data":data,"loc":{"start":{"line":25,"column":2},"end":{"line":25,"column":13}}})) != null ? stack1 : "")
    + "\n";
},"11":function(container,depth0,helpers,partials,data) {
    return "- **[[OTHER STEPS THAT FIT THE INFORMATION INVOLVED]]**\n";
},"12":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " Updates will be published at "
    + ((stack1 = lookupProperty(helpers,"url").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"practice"),"website"),{"name":"url","hash":{},"data":data,"loc":{"start":{"line":31,"column":240},"end":{"line":31,"column":264}}})) != null ? stack1 : "")
    + ".";
},"13":function(container,depth0,helpers,partials,data) {
    return " If this letter did not reach you privately, or you would like us to contact you another way (a different phone number, email or address, or only at certain times), please tell us and we will use only the way you choose.";
},"14":function(container,depth0,helpers,partials,data) {
    return " If you would like this information in another format, such as Easy Read or large print, or would like a support person, advocate or your plan nominee to talk with us for you, please let us know.";
},"15":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " Beyond Blue is on "
    + ((stack1 = lookupProperty(helpers,"md").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(lookupProperty(depth0,"support"),"beyondBlue"),"phone"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":33,"column":152},"end":{"line":33,"column":183}}})) != null ? stack1 : "")
    + ", 24 hours a day, and you are welcome to talk it through with us or with your GP.";
},"16":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " or to the "
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(lookupProperty(depth0,"stateHealth"),"regulator"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":35,"column":267},"end":{"line":35,"column":295}}})) != null ? stack1 : "")
    + " ("
    + ((stack1 = lookupProperty(helpers,"url").call(alias1,lookupProperty(lookupProperty(depth0,"stateHealth"),"web"),{"name":"url","hash":{},"data":data,"loc":{"start":{"line":35,"column":297},"end":{"line":35,"column":320}}})) != null ? stack1 : "")
    + ") under the "
    + ((stack1 = lookupProperty(helpers,"cite").call(alias1,lookupProperty(lookupProperty(depth0,"stateHealth"),"law"),{"name":"cite","hash":{},"data":data,"loc":{"start":{"line":35,"column":332},"end":{"line":35,"column":356}}})) != null ? stack1 : "");
},"17":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " (ABN "
    + ((stack1 = lookupProperty(helpers,"md").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"practice"),"abn"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":40,"column":51},"end":{"line":40,"column":70}}})) != null ? stack1 : "")
    + ")";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "**"
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(lookupProperty(depth0,"practice"),"tradingName"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":1,"column":2},"end":{"line":1,"column":29}}})) != null ? stack1 : "")
    + "**\n"
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(lookupProperty(depth0,"practice"),"address"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":2,"column":0},"end":{"line":2,"column":23}}})) != null ? stack1 : "")
    + " · "
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(lookupProperty(depth0,"practice"),"phone"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":2,"column":26},"end":{"line":2,"column":47}}})) != null ? stack1 : "")
    + " · "
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(lookupProperty(depth0,"practice"),"email"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":2,"column":50},"end":{"line":2,"column":71}}})) != null ? stack1 : "")
    + "\n\n**[[DATE]]**\n\n**[[NAME]]**\n**[[ADDRESS]]**\n\nDear **[[NAME]]**,\n\n## A data breach involving your personal information\n\nWe are writing to tell you about a data breach at "
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(lookupProperty(depth0,"practice"),"tradingName"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":13,"column":50},"end":{"line":13,"column":77}}})) != null ? stack1 : "")
    + " that involves your personal information. We are sorry this has happened. We have assessed that the breach is likely to result in serious harm to some of the people whose information was involved, and the law requires us to tell you about it ("
    + ((stack1 = lookupProperty(helpers,"cite").call(alias1,"s26WL(2)",{"name":"cite","hash":{},"data":data,"loc":{"start":{"line":13,"column":320},"end":{"line":13,"column":339}}})) != null ? stack1 : "")
    + ").\n\n**What happened.** "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"incident"),"known"),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.program(4, data, 0),"data":data,"loc":{"start":{"line":15,"column":19},"end":{"line":15,"column":381}}})) != null ? stack1 : "")
    + "\n\n**What information was involved.** "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"incident"),"kinds"),{"name":"if","hash":{},"fn":container.program(5, data, 0),"inverse":container.program(7, data, 0),"data":data,"loc":{"start":{"line":17,"column":35},"end":{"line":17,"column":225}}})) != null ? stack1 : "")
    + "\n\n**What we have done.** "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"incident"),"actions"),{"name":"if","hash":{},"fn":container.program(8, data, 0),"inverse":container.program(9, data, 0),"data":data,"loc":{"start":{"line":19,"column":23},"end":{"line":19,"column":202}}})) != null ? stack1 : "")
    + " We have reported the breach to the Office of the Australian Information Commissioner.\n\n**What we recommend you do.**\n\n- Be alert to emails, calls or messages that mention your health care or this incident and ask for personal or payment details. We will never ask for your password or bank details.\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(lookupProperty(depth0,"incident"),"steps"),{"name":"each","hash":{},"fn":container.program(10, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":24,"column":0},"end":{"line":26,"column":9}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"unless").call(alias1,lookupProperty(lookupProperty(depth0,"incident"),"stepsComplete"),{"name":"unless","hash":{},"fn":container.program(11, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":27,"column":0},"end":{"line":29,"column":11}}})) != null ? stack1 : "")
    + "\n**Questions or support.** Please contact "
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(lookupProperty(lookupProperty(lookupProperty(depth0,"roles"),"privacyOfficer"),"person"),"name"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":31,"column":41},"end":{"line":31,"column":80}}})) != null ? stack1 : "")
    + ", "
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(lookupProperty(lookupProperty(lookupProperty(depth0,"roles"),"privacyOfficer"),"person"),"position"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":31,"column":82},"end":{"line":31,"column":125}}})) != null ? stack1 : "")
    + ", on "
    + ((stack1 = lookupProperty(helpers,"phone").call(alias1,lookupProperty(lookupProperty(depth0,"practice"),"phone"),{"name":"phone","hash":{},"data":data,"loc":{"start":{"line":31,"column":130},"end":{"line":31,"column":154}}})) != null ? stack1 : "")
    + " or at "
    + ((stack1 = lookupProperty(helpers,"email").call(alias1,lookupProperty(lookupProperty(depth0,"practice"),"email"),{"name":"email","hash":{},"data":data,"loc":{"start":{"line":31,"column":161},"end":{"line":31,"column":185}}})) != null ? stack1 : "")
    + "."
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"practice"),"website"),{"name":"if","hash":{},"fn":container.program(12, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":31,"column":186},"end":{"line":31,"column":272}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"tailoring"),"mentalHealth"),{"name":"if","hash":{},"fn":container.program(13, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":31,"column":272},"end":{"line":31,"column":529}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"tailoring"),"ndis"),{"name":"if","hash":{},"fn":container.program(14, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":31,"column":529},"end":{"line":31,"column":753}}})) != null ? stack1 : "")
    + "\n\n**Support.** If this news is distressing, Lifeline is on "
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(lookupProperty(lookupProperty(depth0,"support"),"lifeline"),"phone"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":33,"column":57},"end":{"line":33,"column":86}}})) != null ? stack1 : "")
    + ", 24 hours a day."
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"tailoring"),"mentalHealth"),{"name":"if","hash":{},"fn":container.program(15, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":33,"column":103},"end":{"line":33,"column":271}}})) != null ? stack1 : "")
    + " If you think your details are being misused, IDCARE gives free help on "
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(lookupProperty(lookupProperty(depth0,"support"),"idcare"),"phone"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":33,"column":343},"end":{"line":33,"column":370}}})) != null ? stack1 : "")
    + ". If you need an interpreter, call TIS National on "
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(lookupProperty(lookupProperty(depth0,"support"),"interpreter"),"phone"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":33,"column":421},"end":{"line":33,"column":453}}})) != null ? stack1 : "")
    + " and ask them to call us.\n\n**If you want to complain.** Please contact us first. If you are not satisfied with our response, you can complain to the Office of the Australian Information Commissioner ("
    + ((stack1 = lookupProperty(helpers,"url").call(alias1,lookupProperty(lookupProperty(lookupProperty(depth0,"official"),"oaicComplaints"),"web"),{"name":"url","hash":{},"data":data,"loc":{"start":{"line":35,"column":173},"end":{"line":35,"column":208}}})) != null ? stack1 : "")
    + ", "
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(lookupProperty(lookupProperty(depth0,"official"),"oaic"),"phone"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":35,"column":210},"end":{"line":35,"column":236}}})) != null ? stack1 : "")
    + ")"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"stateHealth"),{"name":"if","hash":{},"fn":container.program(16, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":35,"column":237},"end":{"line":35,"column":363}}})) != null ? stack1 : "")
    + ".\n\nYours sincerely,\n\n**[[NAME AND POSITION OF THE SIGNATORY]]**\n"
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(lookupProperty(depth0,"practice"),"legalName"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":40,"column":0},"end":{"line":40,"column":25}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"practice"),"abn"),{"name":"if","hash":{},"fn":container.program(17, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":40,"column":25},"end":{"line":40,"column":78}}})) != null ? stack1 : "")
    + "\n";
},"useData":true} },
  "notices/individuals-sms.txt": { format: "txt", spec: {"0":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "Our notice explains what happened, what information was involved and what you can do: "
    + ((stack1 = lookupProperty(helpers,"url").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"practice"),"website"),{"name":"url","hash":{},"data":data,"loc":{"start":{"line":1,"column":189},"end":{"line":1,"column":213}}})) != null ? stack1 : "")
    + ". ";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = container.lambda(container.strict(lookupProperty(depth0,"practice"), "tradingName", {"start":{"line":1,"column":2},"end":{"line":1,"column":22}} ), depth0)) != null ? stack1 : "")
    + ": a data breach may involve your personal information. "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"practice"),"website"),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":1,"column":79},"end":{"line":1,"column":222}}})) != null ? stack1 : "")
    + "We have also sent you [[a letter / an email]] with the full details. Questions: call "
    + ((stack1 = lookupProperty(helpers,"phone").call(alias1,lookupProperty(lookupProperty(depth0,"practice"),"phone"),{"name":"phone","hash":{},"data":data,"loc":{"start":{"line":1,"column":307},"end":{"line":1,"column":331}}})) != null ? stack1 : "")
    + ". We will never ask for passwords or bank details.\n";
},"useData":true} },
  "notices/insurer-notice.md": { format: "md", spec: {"0":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(lookupProperty(depth0,"insurer"),"name"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":3,"column":23},"end":{"line":3,"column":42}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"insurer"),"email"),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":3,"column":42},"end":{"line":3,"column":96}}})) != null ? stack1 : "")
    + ", claims line "
    + ((stack1 = lookupProperty(helpers,"phone").call(alias1,lookupProperty(lookupProperty(depth0,"insurer"),"phone"),{"name":"phone","hash":{},"data":data,"loc":{"start":{"line":3,"column":110},"end":{"line":3,"column":133}}})) != null ? stack1 : "");
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " ("
    + ((stack1 = lookupProperty(helpers,"email").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"insurer"),"email"),{"name":"email","hash":{},"data":data,"loc":{"start":{"line":3,"column":65},"end":{"line":3,"column":88}}})) != null ? stack1 : "")
    + ")";
},"2":function(container,depth0,helpers,partials,data) {
    return "**[[INSURER NAME AND CLAIMS CONTACT]]**";
},"3":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"insurer"),"reference"),{"name":"if","hash":{},"fn":container.program(4, data, 0),"inverse":container.program(5, data, 0),"data":data,"loc":{"start":{"line":4,"column":34},"end":{"line":4,"column":119}}})) != null ? stack1 : "");
},"4":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"md").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"insurer"),"reference"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":4,"column":59},"end":{"line":4,"column":83}}})) != null ? stack1 : "");
},"5":function(container,depth0,helpers,partials,data) {
    return "**[[POLICY NUMBER]]**";
},"6":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ", trading as "
    + ((stack1 = lookupProperty(helpers,"md").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"practice"),"tradingName"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":5,"column":88},"end":{"line":5,"column":115}}})) != null ? stack1 : "");
},"7":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ", ABN "
    + ((stack1 = lookupProperty(helpers,"md").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"practice"),"abn"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":5,"column":148},"end":{"line":5,"column":167}}})) != null ? stack1 : "");
},"8":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ", "
    + ((stack1 = lookupProperty(helpers,"email").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(lookupProperty(lookupProperty(depth0,"roles"),"responseLead"),"person"),"email"),{"name":"email","hash":{},"data":data,"loc":{"start":{"line":12,"column":194},"end":{"line":12,"column":235}}})) != null ? stack1 : "");
},"9":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"date").call(alias1,lookupProperty(lookupProperty(depth0,"incident"),"awareOn"),{"name":"date","hash":{},"data":data,"loc":{"start":{"line":13,"column":58},"end":{"line":13,"column":83}}})) != null ? stack1 : "")
    + ", "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"incident"),"awareTime"),{"name":"if","hash":{},"fn":container.program(10, data, 0),"inverse":container.program(11, data, 0),"data":data,"loc":{"start":{"line":13,"column":85},"end":{"line":13,"column":163}}})) != null ? stack1 : "");
},"10":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"md").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"incident"),"awareTime"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":13,"column":111},"end":{"line":13,"column":136}}})) != null ? stack1 : "");
},"11":function(container,depth0,helpers,partials,data) {
    return "**[[TIME]]**";
},"12":function(container,depth0,helpers,partials,data) {
    return "**[[DATE AND TIME]]**";
},"13":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"incident"),"whatHappened"),{"name":"if","hash":{},"fn":container.program(14, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":14,"column":40},"end":{"line":14,"column":158}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"incident"),"description"),{"name":"if","hash":{},"fn":container.program(16, data, 0),"inverse":container.program(17, data, 0),"data":data,"loc":{"start":{"line":14,"column":158},"end":{"line":14,"column":258}}})) != null ? stack1 : "");
},"14":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(lookupProperty(depth0,"incident"),"What"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":14,"column":69},"end":{"line":14,"column":89}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"incident"),"cause"),{"name":"if","hash":{},"fn":container.program(15, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":14,"column":89},"end":{"line":14,"column":149}}})) != null ? stack1 : "")
    + ". ";
},"15":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " (cause: "
    + ((stack1 = lookupProperty(helpers,"md").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"incident"),"cause"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":14,"column":120},"end":{"line":14,"column":141}}})) != null ? stack1 : "")
    + ")";
},"16":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"md").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"incident"),"description"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":14,"column":186},"end":{"line":14,"column":213}}})) != null ? stack1 : "");
},"17":function(container,depth0,helpers,partials,data) {
    return "**[[DESCRIBE WHAT HAPPENED]]**";
},"18":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"incident"),"kinds"),{"name":"if","hash":{},"fn":container.program(19, data, 0),"inverse":container.program(21, data, 0),"data":data,"loc":{"start":{"line":16,"column":56},"end":{"line":16,"column":205}}})) != null ? stack1 : "")
    + "; "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"incident"),"individuals"),{"name":"if","hash":{},"fn":container.program(22, data, 0),"inverse":container.program(23, data, 0),"data":data,"loc":{"start":{"line":16,"column":207},"end":{"line":16,"column":311}}})) != null ? stack1 : "");
},"19":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(lookupProperty(depth0,"incident"),"Kinds"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":16,"column":78},"end":{"line":16,"column":99}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"incident"),"kindsMayBeMore"),{"name":"if","hash":{},"fn":container.program(20, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":16,"column":99},"end":{"line":16,"column":162}}})) != null ? stack1 : "");
},"20":function(container,depth0,helpers,partials,data) {
    return "; **[[ANY OTHER KINDS]]**";
},"21":function(container,depth0,helpers,partials,data) {
    return "**[[KINDS OF INFORMATION]]**";
},"22":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"md").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"incident"),"individuals"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":16,"column":235},"end":{"line":16,"column":262}}})) != null ? stack1 : "");
},"23":function(container,depth0,helpers,partials,data) {
    return "**[[NUMBER OF PEOPLE, IF KNOWN]]**";
},"24":function(container,depth0,helpers,partials,data) {
    return "**[[KINDS OF INFORMATION AND NUMBER OF PEOPLE, IF KNOWN]]**";
},"25":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"md").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"incident"),"Actions"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":17,"column":48},"end":{"line":17,"column":71}}})) != null ? stack1 : "")
    + " **[[ANY OTHER CONTAINMENT STEPS]]**";
},"26":function(container,depth0,helpers,partials,data) {
    return "**[[CONTAINMENT STEPS]]**";
},"27":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(lookupProperty(depth0,"msp"),"name"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":18,"column":48},"end":{"line":18,"column":63}}})) != null ? stack1 : "")
    + " (managed IT)"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"msp"),"reference"),{"name":"if","hash":{},"fn":container.program(28, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":18,"column":76},"end":{"line":18,"column":135}}})) != null ? stack1 : "")
    + "; ";
},"28":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ", contract "
    + ((stack1 = lookupProperty(helpers,"md").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"msp"),"reference"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":18,"column":108},"end":{"line":18,"column":128}}})) != null ? stack1 : "");
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "# Notification of a cyber or privacy incident\n\n**To:** "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"insurer"),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.program(2, data, 0),"data":data,"loc":{"start":{"line":3,"column":8},"end":{"line":3,"column":187}}})) != null ? stack1 : "")
    + "\n**Policy number:** "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"insurer"),{"name":"if","hash":{},"fn":container.program(3, data, 0),"inverse":container.program(5, data, 0),"data":data,"loc":{"start":{"line":4,"column":19},"end":{"line":4,"column":155}}})) != null ? stack1 : "")
    + "\n**Insured:** "
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(lookupProperty(depth0,"practice"),"legalName"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":5,"column":13},"end":{"line":5,"column":38}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"practice"),"tradesUnderOtherName"),{"name":"if","hash":{},"fn":container.program(6, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":5,"column":38},"end":{"line":5,"column":122}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"practice"),"abn"),{"name":"if","hash":{},"fn":container.program(7, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":5,"column":122},"end":{"line":5,"column":174}}})) != null ? stack1 : "")
    + "\n**Date:** **[[DATE]]**\n\nWe notify you of an incident that may give rise to a claim under the policy, and ask for your incident response support before we engage outside help.\n\n| Item | Details |\n|---|---|\n| Contact for this incident | "
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(lookupProperty(lookupProperty(lookupProperty(depth0,"roles"),"responseLead"),"person"),"name"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":12,"column":30},"end":{"line":12,"column":67}}})) != null ? stack1 : "")
    + ", "
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(lookupProperty(lookupProperty(lookupProperty(depth0,"roles"),"responseLead"),"person"),"position"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":12,"column":69},"end":{"line":12,"column":110}}})) != null ? stack1 : "")
    + ", "
    + ((stack1 = lookupProperty(helpers,"phone").call(alias1,lookupProperty(lookupProperty(lookupProperty(lookupProperty(depth0,"roles"),"responseLead"),"person"),"phone"),{"name":"phone","hash":{},"data":data,"loc":{"start":{"line":12,"column":112},"end":{"line":12,"column":153}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(lookupProperty(lookupProperty(depth0,"roles"),"responseLead"),"person"),"email"),{"name":"if","hash":{},"fn":container.program(8, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":12,"column":153},"end":{"line":12,"column":242}}})) != null ? stack1 : "")
    + " |\n| Date and time we became aware | "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"incident"),"awareOn"),{"name":"if","hash":{},"fn":container.program(9, data, 0),"inverse":container.program(12, data, 0),"data":data,"loc":{"start":{"line":13,"column":34},"end":{"line":13,"column":199}}})) != null ? stack1 : "")
    + " |\n| What happened | "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"incident"),"known"),{"name":"if","hash":{},"fn":container.program(13, data, 0),"inverse":container.program(17, data, 0),"data":data,"loc":{"start":{"line":14,"column":18},"end":{"line":14,"column":303}}})) != null ? stack1 : "")
    + " |\n| Systems involved | **[[SYSTEMS, e.g. from section 9 of the plan]]** |\n| Personal information involved | "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"incident"),"known"),{"name":"if","hash":{},"fn":container.program(18, data, 0),"inverse":container.program(24, data, 0),"data":data,"loc":{"start":{"line":16,"column":34},"end":{"line":16,"column":385}}})) != null ? stack1 : "")
    + " |\n| Action taken so far | "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"incident"),"actions"),{"name":"if","hash":{},"fn":container.program(25, data, 0),"inverse":container.program(26, data, 0),"data":data,"loc":{"start":{"line":17,"column":24},"end":{"line":17,"column":147}}})) != null ? stack1 : "")
    + " |\n| Outside parties already involved | "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"msp"),{"name":"if","hash":{},"fn":container.program(27, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":18,"column":37},"end":{"line":18,"column":144}}})) != null ? stack1 : "")
    + "**[[OTHERS, e.g. police report number]]** |\n| Any ransom or extortion demand | **[[YES OR NO]]** (no payment will be made without your advice and legal advice) |\n";
},"useData":true} },
  "notices/my-health-record-notice.md": { format: "md", spec: {"0":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ", trading as "
    + ((stack1 = lookupProperty(helpers,"md").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"practice"),"tradingName"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":8,"column":95},"end":{"line":8,"column":122}}})) != null ? stack1 : "");
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- **ABN:** "
    + ((stack1 = lookupProperty(helpers,"md").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"practice"),"abn"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":10,"column":11},"end":{"line":10,"column":30}}})) != null ? stack1 : "")
    + "\n";
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"md").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"tailoring"),"hpio"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":12,"column":35},"end":{"line":12,"column":56}}})) != null ? stack1 : "");
},"3":function(container,depth0,helpers,partials,data) {
    return "**[[HPI-O NUMBER]]**";
},"4":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ", "
    + ((stack1 = lookupProperty(helpers,"email").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(lookupProperty(lookupProperty(depth0,"roles"),"privacyOfficer"),"person"),"email"),{"name":"email","hash":{},"data":data,"loc":{"start":{"line":14,"column":194},"end":{"line":14,"column":237}}})) != null ? stack1 : "");
},"5":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"date").call(alias1,lookupProperty(lookupProperty(depth0,"incident"),"awareOn"),{"name":"date","hash":{},"data":data,"loc":{"start":{"line":22,"column":58},"end":{"line":22,"column":83}}})) != null ? stack1 : "")
    + ", "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"incident"),"awareTime"),{"name":"if","hash":{},"fn":container.program(6, data, 0),"inverse":container.program(7, data, 0),"data":data,"loc":{"start":{"line":22,"column":85},"end":{"line":22,"column":163}}})) != null ? stack1 : "");
},"6":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"md").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"incident"),"awareTime"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":22,"column":111},"end":{"line":22,"column":136}}})) != null ? stack1 : "");
},"7":function(container,depth0,helpers,partials,data) {
    return "**[[TIME]]**";
},"8":function(container,depth0,helpers,partials,data) {
    return "**[[DATE AND TIME]]**";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "# My Health Record data breach notification to the System Operator: "
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(lookupProperty(depth0,"practice"),"tradingName"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":1,"column":68},"end":{"line":1,"column":95}}})) != null ? stack1 : "")
    + "\n\n> [!WARNING]\n> **Draft for the Australian Digital Health Agency's My Health Record data breach notification form ("
    + ((stack1 = lookupProperty(helpers,"url").call(alias1,lookupProperty(lookupProperty(lookupProperty(depth0,"official"),"adha"),"web"),{"name":"url","hash":{},"data":data,"loc":{"start":{"line":4,"column":101},"end":{"line":4,"column":126}}})) != null ? stack1 : "")
    + ").** Notify the Agency (the System Operator) **and**, separately, the Information Commissioner as soon as practicable, even if the breach only may have happened ("
    + ((stack1 = lookupProperty(helpers,"cite").call(alias1,"mhr_s75",{"name":"cite","hash":{},"data":data,"loc":{"start":{"line":4,"column":288},"end":{"line":4,"column":306}}})) != null ? stack1 : "")
    + "); the notice to the Commissioner is **notices/my-health-record-oaic**. Replace every **[[…]]** blank. "
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(lookupProperty(depth0,"build"),"notAdvice"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":4,"column":409},"end":{"line":4,"column":431}}})) != null ? stack1 : "")
    + "\n\n## Healthcare provider organisation\n\n- **Organisation:** "
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(lookupProperty(depth0,"practice"),"legalName"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":8,"column":20},"end":{"line":8,"column":45}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"practice"),"tradesUnderOtherName"),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":8,"column":45},"end":{"line":8,"column":129}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"practice"),"abn"),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":9,"column":0},"end":{"line":11,"column":7}}})) != null ? stack1 : "")
    + "- **HPI-O:** "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"tailoring"),"hpio"),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.program(3, data, 0),"data":data,"loc":{"start":{"line":12,"column":13},"end":{"line":12,"column":91}}})) != null ? stack1 : "")
    + "\n- **Address:** "
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(lookupProperty(depth0,"practice"),"address"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":13,"column":15},"end":{"line":13,"column":38}}})) != null ? stack1 : "")
    + "\n- **Contact person:** "
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(lookupProperty(lookupProperty(lookupProperty(depth0,"roles"),"privacyOfficer"),"person"),"name"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":14,"column":22},"end":{"line":14,"column":61}}})) != null ? stack1 : "")
    + ", "
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(lookupProperty(lookupProperty(lookupProperty(depth0,"roles"),"privacyOfficer"),"person"),"position"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":14,"column":63},"end":{"line":14,"column":106}}})) != null ? stack1 : "")
    + ", "
    + ((stack1 = lookupProperty(helpers,"phone").call(alias1,lookupProperty(lookupProperty(lookupProperty(lookupProperty(depth0,"roles"),"privacyOfficer"),"person"),"phone"),{"name":"phone","hash":{},"data":data,"loc":{"start":{"line":14,"column":108},"end":{"line":14,"column":151}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(lookupProperty(lookupProperty(depth0,"roles"),"privacyOfficer"),"person"),"email"),{"name":"if","hash":{},"fn":container.program(4, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":14,"column":151},"end":{"line":14,"column":244}}})) != null ? stack1 : "")
    + "\n\n## The breach\n\n| Item | Details |\n|---|---|\n| Description of the breach | **[[WHAT HAPPENED IN THE MY HEALTH RECORD SYSTEM]]** |\n| Date and time of the breach | **[[DATE AND TIME, OR PERIOD]]** |\n| Date and time we became aware | "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"incident"),"awareOn"),{"name":"if","hash":{},"fn":container.program(5, data, 0),"inverse":container.program(8, data, 0),"data":data,"loc":{"start":{"line":22,"column":34},"end":{"line":22,"column":199}}})) != null ? stack1 : "")
    + " |\n| Cause | **[[e.g. unauthorised access by a staff member, stolen credentials]]** |\n| Type of information | **[[e.g. shared health summaries, prescriptions, pathology reports]]** |\n| Number of consumers affected or possibly affected | **[[NUMBER]]** |\n| The affected healthcare recipients | **[[NAMES AND IHIs, OR HOW THE AGENCY CAN IDENTIFY THEM: the Agency needs them to notify the people affected; they go to the Agency only, never to the OAIC]]** |\n| Has the breach been contained? | **[[YES OR NO, AND HOW]]** |\n| Action taken or under way to reduce the harm and prevent a recurrence | **[[ACTIONS]]** |\n| Information Commissioner notified? | **[[DATE AND OAIC REFERENCE, OR WHEN IT WILL BE]]** |\n| Other relevant information | **[[e.g. police report number]]** |\n\n## Request to notify consumers\n\n**[[CHOOSE ONE]]** The breach has occurred: we ask the System Operator to notify all affected healthcare recipients ("
    + ((stack1 = lookupProperty(helpers,"cite").call(alias1,"mhr_s75(6)(d)",{"name":"cite","hash":{},"data":data,"loc":{"start":{"line":34,"column":117},"end":{"line":34,"column":141}}})) != null ? stack1 : "")
    + "). **OR** The breach may have occurred: we ask the System Operator to notify affected healthcare recipients because it is reasonably likely to have occurred and its effects might be serious for at least one of them ("
    + ((stack1 = lookupProperty(helpers,"cite").call(alias1,"mhr_s75(5)(c)",{"name":"cite","hash":{},"data":data,"loc":{"start":{"line":34,"column":357},"end":{"line":34,"column":381}}})) != null ? stack1 : "")
    + ").\n";
},"useData":true} },
  "notices/my-health-record-oaic.md": { format: "md", spec: {"0":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ", trading as "
    + ((stack1 = lookupProperty(helpers,"md").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"practice"),"tradingName"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":13,"column":112},"end":{"line":13,"column":139}}})) != null ? stack1 : "");
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ", ABN "
    + ((stack1 = lookupProperty(helpers,"md").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"practice"),"abn"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":13,"column":172},"end":{"line":13,"column":191}}})) != null ? stack1 : "");
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"md").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"tailoring"),"hpio"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":13,"column":273},"end":{"line":13,"column":294}}})) != null ? stack1 : "");
},"3":function(container,depth0,helpers,partials,data) {
    return "**[[HPI-O NUMBER]]**";
},"4":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ", "
    + ((stack1 = lookupProperty(helpers,"email").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(lookupProperty(lookupProperty(depth0,"roles"),"privacyOfficer"),"person"),"email"),{"name":"email","hash":{},"data":data,"loc":{"start":{"line":14,"column":194},"end":{"line":14,"column":237}}})) != null ? stack1 : "");
},"5":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"md").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"incident"),"description"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":15,"column":61},"end":{"line":15,"column":88}}})) != null ? stack1 : "");
},"6":function(container,depth0,helpers,partials,data) {
    return "**[[WHAT HAPPENED IN OR TO THE MY HEALTH RECORD SYSTEM]]**";
},"7":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"date").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"incident"),"occurredOn"),{"name":"date","hash":{},"data":data,"loc":{"start":{"line":16,"column":88},"end":{"line":16,"column":116}}})) != null ? stack1 : "");
},"8":function(container,depth0,helpers,partials,data) {
    return "**[[DATE AND TIME, OR PERIOD]]**";
},"9":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"date").call(alias1,lookupProperty(lookupProperty(depth0,"incident"),"awareOn"),{"name":"date","hash":{},"data":data,"loc":{"start":{"line":16,"column":195},"end":{"line":16,"column":220}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"incident"),"awareTime"),{"name":"if","hash":{},"fn":container.program(10, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":16,"column":220},"end":{"line":16,"column":280}}})) != null ? stack1 : "");
},"10":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ", "
    + ((stack1 = lookupProperty(helpers,"md").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"incident"),"awareTime"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":16,"column":248},"end":{"line":16,"column":273}}})) != null ? stack1 : "");
},"11":function(container,depth0,helpers,partials,data) {
    return "**[[DATE AND TIME]]**";
},"12":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"md").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"incident"),"cause"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":17,"column":35},"end":{"line":17,"column":56}}})) != null ? stack1 : "");
},"13":function(container,depth0,helpers,partials,data) {
    return "**[[CAUSE, e.g. a staff member viewing records without authority, stolen credentials, malware]]**";
},"14":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(lookupProperty(depth0,"incident"),"Kinds"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":20,"column":59},"end":{"line":20,"column":80}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"incident"),"kindsMayBeMore"),{"name":"if","hash":{},"fn":container.program(15, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":20,"column":80},"end":{"line":20,"column":143}}})) != null ? stack1 : "");
},"15":function(container,depth0,helpers,partials,data) {
    return "; **[[ANY OTHER KINDS]]**";
},"16":function(container,depth0,helpers,partials,data) {
    return "**[[e.g. shared health summaries, prescriptions, pathology reports]]**";
},"17":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"md").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"incident"),"individuals"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":21,"column":123},"end":{"line":21,"column":150}}})) != null ? stack1 : "");
},"18":function(container,depth0,helpers,partials,data) {
    return "**[[NUMBER]]**";
},"19":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"md").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"incident"),"Actions"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":23,"column":100},"end":{"line":23,"column":123}}})) != null ? stack1 : "")
    + " **[[ANY OTHER ACTION]]**";
},"20":function(container,depth0,helpers,partials,data) {
    return "**[[ACTIONS]]**";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "# My Health Record data breach notification to the Information Commissioner: "
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(lookupProperty(depth0,"practice"),"tradingName"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":1,"column":77},"end":{"line":1,"column":104}}})) != null ? stack1 : "")
    + "\n\n> [!WARNING]\n> **Draft for the OAIC's My Health Record data breach channel ("
    + ((stack1 = lookupProperty(helpers,"url").call(alias1,lookupProperty(lookupProperty(lookupProperty(depth0,"official"),"oaicMhr"),"web"),{"name":"url","hash":{},"data":data,"loc":{"start":{"line":4,"column":63},"end":{"line":4,"column":91}}})) != null ? stack1 : "")
    + "), not the notifiable data breach form.** A registered healthcare provider organisation notifies the Information Commissioner **and** the System Operator (the Australian Digital Health Agency) as soon as practicable after becoming aware that a breach has or may have occurred ("
    + ((stack1 = lookupProperty(helpers,"cite").call(alias1,"mhr_s75",{"name":"cite","hash":{},"data":data,"loc":{"start":{"line":4,"column":368},"end":{"line":4,"column":386}}})) != null ? stack1 : "")
    + "). Send what you know now and the rest as it becomes known. Replace every **[[…]]** blank. "
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(lookupProperty(depth0,"build"),"notAdvice"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":4,"column":477},"end":{"line":4,"column":499}}})) != null ? stack1 : "")
    + "\n\n> [!CAUTION]\n> **Do not include the names, Individual Healthcare Identifiers or any other details that identify the affected healthcare recipients.** Their identities go to the System Operator (notices/my-health-record-notice), which notifies them ("
    + ((stack1 = lookupProperty(helpers,"cite").call(alias1,"oaic_mhr_breach",{"name":"cite","hash":{},"data":data,"loc":{"start":{"line":7,"column":236},"end":{"line":7,"column":262}}})) != null ? stack1 : "")
    + ").\n\n## The details the OAIC asks for\n\n| Item | Details |\n|---|---|\n| 1. Reporting entity and its type | "
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(lookupProperty(depth0,"practice"),"legalName"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":13,"column":37},"end":{"line":13,"column":62}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"practice"),"tradesUnderOtherName"),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":13,"column":62},"end":{"line":13,"column":146}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"practice"),"abn"),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":13,"column":146},"end":{"line":13,"column":198}}})) != null ? stack1 : "")
    + "; registered healthcare provider organisation, HPI-O "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"tailoring"),"hpio"),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.program(3, data, 0),"data":data,"loc":{"start":{"line":13,"column":251},"end":{"line":13,"column":329}}})) != null ? stack1 : "")
    + " |\n| 2. Contact person | "
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(lookupProperty(lookupProperty(lookupProperty(depth0,"roles"),"privacyOfficer"),"person"),"name"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":14,"column":22},"end":{"line":14,"column":61}}})) != null ? stack1 : "")
    + ", "
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(lookupProperty(lookupProperty(lookupProperty(depth0,"roles"),"privacyOfficer"),"person"),"position"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":14,"column":63},"end":{"line":14,"column":106}}})) != null ? stack1 : "")
    + ", "
    + ((stack1 = lookupProperty(helpers,"phone").call(alias1,lookupProperty(lookupProperty(lookupProperty(lookupProperty(depth0,"roles"),"privacyOfficer"),"person"),"phone"),{"name":"phone","hash":{},"data":data,"loc":{"start":{"line":14,"column":108},"end":{"line":14,"column":151}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(lookupProperty(lookupProperty(depth0,"roles"),"privacyOfficer"),"person"),"email"),{"name":"if","hash":{},"fn":container.program(4, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":14,"column":151},"end":{"line":14,"column":244}}})) != null ? stack1 : "")
    + "; "
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(lookupProperty(depth0,"practice"),"address"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":14,"column":246},"end":{"line":14,"column":269}}})) != null ? stack1 : "")
    + " |\n| 3. Description of the breach | "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"incident"),"description"),{"name":"if","hash":{},"fn":container.program(5, data, 0),"inverse":container.program(6, data, 0),"data":data,"loc":{"start":{"line":15,"column":33},"end":{"line":15,"column":161}}})) != null ? stack1 : "")
    + " |\n| 4. Date and time of the breach, and when we became aware | "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"incident"),"occurredOn"),{"name":"if","hash":{},"fn":container.program(7, data, 0),"inverse":container.program(8, data, 0),"data":data,"loc":{"start":{"line":16,"column":61},"end":{"line":16,"column":163}}})) != null ? stack1 : "")
    + "; aware "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"incident"),"awareOn"),{"name":"if","hash":{},"fn":container.program(9, data, 0),"inverse":container.program(11, data, 0),"data":data,"loc":{"start":{"line":16,"column":171},"end":{"line":16,"column":316}}})) != null ? stack1 : "")
    + " |\n| 5. Cause | "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"incident"),"cause"),{"name":"if","hash":{},"fn":container.program(12, data, 0),"inverse":container.program(13, data, 0),"data":data,"loc":{"start":{"line":17,"column":13},"end":{"line":17,"column":168}}})) != null ? stack1 : "")
    + " |\n| 6. Inadvertent or intentional? | **[[INADVERTENT / INTENTIONAL / NOT YET KNOWN]]** |\n| 7. Systemic or isolated? | **[[ISOLATED / SYSTEMIC (e.g. a process or system fault that could recur)]]** |\n| 8. Kinds of information involved | "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"incident"),"kinds"),{"name":"if","hash":{},"fn":container.program(14, data, 0),"inverse":container.program(16, data, 0),"data":data,"loc":{"start":{"line":20,"column":37},"end":{"line":20,"column":228}}})) != null ? stack1 : "")
    + " |\n| 9. Number of healthcare recipients affected or possibly affected (a number only, no names) | "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"incident"),"individuals"),{"name":"if","hash":{},"fn":container.program(17, data, 0),"inverse":container.program(18, data, 0),"data":data,"loc":{"start":{"line":21,"column":95},"end":{"line":21,"column":179}}})) != null ? stack1 : "")
    + " |\n| 10. Has the breach been contained? How? | **[[YES OR NO, AND HOW]]** |\n| 11. Action taken or planned to reduce the harm and prevent a recurrence | "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"incident"),"actions"),{"name":"if","hash":{},"fn":container.program(19, data, 0),"inverse":container.program(20, data, 0),"data":data,"loc":{"start":{"line":23,"column":76},"end":{"line":23,"column":178}}})) != null ? stack1 : "")
    + " |\n| 12. Other entities involved (e.g. a software vendor, a contracted service provider) | **[[NAMES, OR NONE]]** |\n| 13. Has a similar breach happened before? | **[[NO / YES: WHEN, AND WHAT WAS DONE]]** |\n| 14. Measures already in place to prevent a breach of this kind | **[[e.g. access controls, audit log reviews, staff training, the security and access policy]]** |\n| 15. Did the practice have a data breach response plan, and was it activated? | Yes: this data breach response plan. Activated: **[[YES, ON DATE / NO, AND WHY]]** |\n| 16. System Operator notified, and notification of healthcare recipients requested? | **[[DATE NOTIFIED; WHETHER THE AGENCY WAS ASKED TO NOTIFY THE AFFECTED RECIPIENTS (s 75(5)(c) OR (6)(d))]]** |\n\n**Other relevant information:** **[[e.g. police report number; whether any of the practice's own records outside My Health Record were involved (assess those under the notifiable data breaches scheme, section 4 of the plan)]]**\n";
},"useData":true} },
  "notices/oaic-statement.md": { format: "md", spec: {"0":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " The wizard's assessment: "
    + ((stack1 = lookupProperty(helpers,"md").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"decision"),"headline"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":4,"column":232},"end":{"line":4,"column":256}}})) != null ? stack1 : "");
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- **Name individuals know us by:** "
    + ((stack1 = lookupProperty(helpers,"md").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"practice"),"tradingName"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":14,"column":35},"end":{"line":14,"column":62}}})) != null ? stack1 : "")
    + "\n";
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- **ABN:** "
    + ((stack1 = lookupProperty(helpers,"md").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"practice"),"abn"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":17,"column":11},"end":{"line":17,"column":30}}})) != null ? stack1 : "")
    + "\n";
},"3":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- **Website:** "
    + ((stack1 = lookupProperty(helpers,"url").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"practice"),"website"),{"name":"url","hash":{},"data":data,"loc":{"start":{"line":23,"column":15},"end":{"line":23,"column":39}}})) != null ? stack1 : "")
    + "\n";
},"4":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"incident"),"description"),{"name":"if","hash":{},"fn":container.program(5, data, 0),"inverse":container.program(6, data, 0),"data":data,"loc":{"start":{"line":29,"column":0},"end":{"line":29,"column":147}}})) != null ? stack1 : "")
    + "\n\n- **What happened:** "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"incident"),"whatHappened"),{"name":"if","hash":{},"fn":container.program(7, data, 0),"inverse":container.program(8, data, 0),"data":data,"loc":{"start":{"line":31,"column":21},"end":{"line":31,"column":106}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"incident"),"cause"),{"name":"if","hash":{},"fn":container.program(9, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":31,"column":106},"end":{"line":31,"column":166}}})) != null ? stack1 : "")
    + "\n- **When it happened:** "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"incident"),"occurredOn"),{"name":"if","hash":{},"fn":container.program(10, data, 0),"inverse":container.program(11, data, 0),"data":data,"loc":{"start":{"line":32,"column":24},"end":{"line":32,"column":116}}})) != null ? stack1 : "")
    + "\n- **When we found out:** "
    + ((stack1 = lookupProperty(helpers,"date").call(alias1,lookupProperty(lookupProperty(depth0,"incident"),"awareOn"),{"name":"date","hash":{},"data":data,"loc":{"start":{"line":33,"column":25},"end":{"line":33,"column":50}}})) != null ? stack1 : "")
    + "\n- **How many people are affected:** "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"incident"),"individuals"),{"name":"if","hash":{},"fn":container.program(12, data, 0),"inverse":container.program(13, data, 0),"data":data,"loc":{"start":{"line":34,"column":36},"end":{"line":34,"column":120}}})) != null ? stack1 : "")
    + "\n";
},"5":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"md").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"incident"),"description"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":29,"column":28},"end":{"line":29,"column":55}}})) != null ? stack1 : "");
},"6":function(container,depth0,helpers,partials,data) {
    return "**[[DESCRIBE WHAT HAPPENED: what, when it happened, how it was discovered]]**";
},"7":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"md").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"incident"),"What"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":31,"column":50},"end":{"line":31,"column":70}}})) != null ? stack1 : "");
},"8":function(container,depth0,helpers,partials,data) {
    return "**[[WHAT HAPPENED]]**";
},"9":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " (cause: "
    + ((stack1 = lookupProperty(helpers,"md").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"incident"),"cause"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":31,"column":137},"end":{"line":31,"column":158}}})) != null ? stack1 : "")
    + ")";
},"10":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"date").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"incident"),"occurredOn"),{"name":"date","hash":{},"data":data,"loc":{"start":{"line":32,"column":51},"end":{"line":32,"column":79}}})) != null ? stack1 : "");
},"11":function(container,depth0,helpers,partials,data) {
    return "**[[DATE OR PERIOD]]**";
},"12":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"md").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"incident"),"individuals"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":34,"column":64},"end":{"line":34,"column":91}}})) != null ? stack1 : "");
},"13":function(container,depth0,helpers,partials,data) {
    return "**[[NUMBER]]**";
},"14":function(container,depth0,helpers,partials,data) {
    return "**[[DESCRIBE WHAT HAPPENED: what, when it happened, when we found out, how it was discovered, how many people are affected]]**\n";
},"15":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(lookupProperty(depth0,"incident"),"Kinds"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":42,"column":0},"end":{"line":42,"column":21}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"incident"),"kindsMayBeMore"),{"name":"if","hash":{},"fn":container.program(16, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":42,"column":21},"end":{"line":42,"column":103}}})) != null ? stack1 : "")
    + "\n";
},"16":function(container,depth0,helpers,partials,data) {
    return "; **[[ANY OTHER KINDS: there may be more]]**";
},"17":function(container,depth0,helpers,partials,data) {
    return "**[[LIST THE KINDS OF INFORMATION: e.g. names, contact details, dates of birth, Medicare numbers, clinical notes]]**\n";
},"18":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- "
    + ((stack1 = lookupProperty(helpers,"md").call(depth0 != null ? depth0 : (container.nullContext || {}),depth0,{"name":"md","hash":{},"data":data,"loc":{"start":{"line":51,"column":2},"end":{"line":51,"column":13}}})) != null ? stack1 : "")
    + "\n";
},"19":function(container,depth0,helpers,partials,data) {
    return "- **[[ADD STEPS THAT FIT THE INFORMATION: e.g. change the password you use for your patient portal; ask Services Australia about a replacement Medicare card]]**\n";
},"20":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ", "
    + ((stack1 = lookupProperty(helpers,"email").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(lookupProperty(lookupProperty(depth0,"roles"),"privacyOfficer"),"person"),"email"),{"name":"email","hash":{},"data":data,"loc":{"start":{"line":64,"column":194},"end":{"line":64,"column":237}}})) != null ? stack1 : "");
},"21":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"date").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"incident"),"awareOn"),{"name":"date","hash":{},"data":data,"loc":{"start":{"line":66,"column":52},"end":{"line":66,"column":77}}})) != null ? stack1 : "");
},"22":function(container,depth0,helpers,partials,data) {
    return "**[[DATE]]**";
},"23":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"md").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"incident"),"Actions"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":67,"column":76},"end":{"line":67,"column":99}}})) != null ? stack1 : "")
    + " **[[ANY OTHER CONTAINMENT AND RESPONSE]]**";
},"24":function(container,depth0,helpers,partials,data) {
    return "**[[CONTAINMENT AND RESPONSE]]**";
},"25":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " or the "
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(lookupProperty(depth0,"stateHealth"),"regulator"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":70,"column":273},"end":{"line":70,"column":301}}})) != null ? stack1 : "")
    + " ("
    + ((stack1 = lookupProperty(helpers,"url").call(alias1,lookupProperty(lookupProperty(depth0,"stateHealth"),"web"),{"name":"url","hash":{},"data":data,"loc":{"start":{"line":70,"column":303},"end":{"line":70,"column":326}}})) != null ? stack1 : "")
    + ") under the "
    + ((stack1 = lookupProperty(helpers,"cite").call(alias1,lookupProperty(lookupProperty(depth0,"stateHealth"),"law"),{"name":"cite","hash":{},"data":data,"loc":{"start":{"line":70,"column":338},"end":{"line":70,"column":362}}})) != null ? stack1 : "");
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "# Statement about an eligible data breach: "
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(lookupProperty(depth0,"practice"),"tradingName"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":1,"column":43},"end":{"line":1,"column":70}}})) != null ? stack1 : "")
    + "\n\n> [!WARNING]\n> **Draft for the OAIC's online notifiable data breach form ("
    + ((stack1 = lookupProperty(helpers,"url").call(alias1,lookupProperty(lookupProperty(lookupProperty(depth0,"official"),"oaic"),"web"),{"name":"url","hash":{},"data":data,"loc":{"start":{"line":4,"column":61},"end":{"line":4,"column":86}}})) != null ? stack1 : "")
    + ").** Replace every **[[…]]** blank, have it approved, then copy it into the form. "
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(lookupProperty(depth0,"build"),"notAdvice"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":4,"column":168},"end":{"line":4,"column":190}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"decision"),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":4,"column":190},"end":{"line":4,"column":263}}})) != null ? stack1 : "")
    + "\n\nPart one is the statement the law requires ("
    + ((stack1 = lookupProperty(helpers,"cite").call(alias1,"s26WK",{"name":"cite","hash":{},"data":data,"loc":{"start":{"line":6,"column":44},"end":{"line":6,"column":60}}})) != null ? stack1 : "")
    + "); it must contain the four items below ("
    + ((stack1 = lookupProperty(helpers,"cite").call(alias1,"s26WK(3)",{"name":"cite","hash":{},"data":data,"loc":{"start":{"line":6,"column":101},"end":{"line":6,"column":120}}})) != null ? stack1 : "")
    + "), and its contents go to the individuals too. Part two is optional.\n\n## Part one: the statement\n\n### 1. Identity and contact details of the entity\n\n- **Legal name:** "
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(lookupProperty(depth0,"practice"),"legalName"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":12,"column":18},"end":{"line":12,"column":43}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"practice"),"tradesUnderOtherName"),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":13,"column":0},"end":{"line":15,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"practice"),"abn"),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":16,"column":0},"end":{"line":18,"column":7}}})) != null ? stack1 : "")
    + "- **Address:** "
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(lookupProperty(depth0,"practice"),"address"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":19,"column":15},"end":{"line":19,"column":38}}})) != null ? stack1 : "")
    + "\n- **Phone:** "
    + ((stack1 = lookupProperty(helpers,"phone").call(alias1,lookupProperty(lookupProperty(depth0,"practice"),"phone"),{"name":"phone","hash":{},"data":data,"loc":{"start":{"line":20,"column":13},"end":{"line":20,"column":37}}})) != null ? stack1 : "")
    + "\n- **Email:** "
    + ((stack1 = lookupProperty(helpers,"email").call(alias1,lookupProperty(lookupProperty(depth0,"practice"),"email"),{"name":"email","hash":{},"data":data,"loc":{"start":{"line":21,"column":13},"end":{"line":21,"column":37}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"practice"),"website"),{"name":"if","hash":{},"fn":container.program(3, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":22,"column":0},"end":{"line":24,"column":7}}})) != null ? stack1 : "")
    + "\n### 2. Description of the eligible data breach\n\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"incident"),"known"),{"name":"if","hash":{},"fn":container.program(4, data, 0),"inverse":container.program(14, data, 0),"data":data,"loc":{"start":{"line":28,"column":0},"end":{"line":37,"column":7}}})) != null ? stack1 : "")
    + "\n### 3. The kinds of information concerned\n\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"incident"),"kinds"),{"name":"if","hash":{},"fn":container.program(15, data, 0),"inverse":container.program(17, data, 0),"data":data,"loc":{"start":{"line":41,"column":0},"end":{"line":45,"column":7}}})) != null ? stack1 : "")
    + "\n### 4. Recommended steps individuals should take\n\n- Be alert to emails, calls or messages that mention your health care or this incident and ask for personal or payment details. "
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(lookupProperty(depth0,"practice"),"tradingName"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":49,"column":128},"end":{"line":49,"column":155}}})) != null ? stack1 : "")
    + " will never ask for your password or bank details.\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(lookupProperty(depth0,"incident"),"steps"),{"name":"each","hash":{},"fn":container.program(18, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":50,"column":0},"end":{"line":52,"column":9}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"unless").call(alias1,lookupProperty(lookupProperty(depth0,"incident"),"stepsComplete"),{"name":"unless","hash":{},"fn":container.program(19, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":53,"column":0},"end":{"line":55,"column":11}}})) != null ? stack1 : "")
    + "- If you are worried, contact us on "
    + ((stack1 = lookupProperty(helpers,"phone").call(alias1,lookupProperty(lookupProperty(depth0,"practice"),"phone"),{"name":"phone","hash":{},"data":data,"loc":{"start":{"line":56,"column":36},"end":{"line":56,"column":60}}})) != null ? stack1 : "")
    + " or "
    + ((stack1 = lookupProperty(helpers,"email").call(alias1,lookupProperty(lookupProperty(depth0,"practice"),"email"),{"name":"email","hash":{},"data":data,"loc":{"start":{"line":56,"column":64},"end":{"line":56,"column":88}}})) != null ? stack1 : "")
    + ".\n\n### Other entities involved (optional)\n\n**[[NAME AND CONTACT DETAILS OF ANY OTHER ENTITY WHOSE BREACH THIS ALSO IS, OR DELETE]]** ("
    + ((stack1 = lookupProperty(helpers,"cite").call(alias1,"s26WK(4)",{"name":"cite","hash":{},"data":data,"loc":{"start":{"line":60,"column":91},"end":{"line":60,"column":110}}})) != null ? stack1 : "")
    + ")\n\n## Part two: additional information (optional)\n\n- **Contact person:** "
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(lookupProperty(lookupProperty(lookupProperty(depth0,"roles"),"privacyOfficer"),"person"),"name"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":64,"column":22},"end":{"line":64,"column":61}}})) != null ? stack1 : "")
    + ", "
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(lookupProperty(lookupProperty(lookupProperty(depth0,"roles"),"privacyOfficer"),"person"),"position"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":64,"column":63},"end":{"line":64,"column":106}}})) != null ? stack1 : "")
    + ", "
    + ((stack1 = lookupProperty(helpers,"phone").call(alias1,lookupProperty(lookupProperty(lookupProperty(lookupProperty(depth0,"roles"),"privacyOfficer"),"person"),"phone"),{"name":"phone","hash":{},"data":data,"loc":{"start":{"line":64,"column":108},"end":{"line":64,"column":151}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(lookupProperty(lookupProperty(depth0,"roles"),"privacyOfficer"),"person"),"email"),{"name":"if","hash":{},"fn":container.program(20, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":64,"column":151},"end":{"line":64,"column":244}}})) != null ? stack1 : "")
    + "\n- **Date or period of the breach:** "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"incident"),"occurredOn"),{"name":"if","hash":{},"fn":container.program(10, data, 0),"inverse":container.program(11, data, 0),"data":data,"loc":{"start":{"line":65,"column":36},"end":{"line":65,"column":128}}})) != null ? stack1 : "")
    + "\n- **Date we became aware:** "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"incident"),"awareOn"),{"name":"if","hash":{},"fn":container.program(21, data, 0),"inverse":container.program(22, data, 0),"data":data,"loc":{"start":{"line":66,"column":28},"end":{"line":66,"column":104}}})) != null ? stack1 : "")
    + "\n- **How the breach was contained and what we did:** "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"incident"),"actions"),{"name":"if","hash":{},"fn":container.program(23, data, 0),"inverse":container.program(24, data, 0),"data":data,"loc":{"start":{"line":67,"column":52},"end":{"line":67,"column":189}}})) != null ? stack1 : "")
    + "\n- **Help we are offering individuals:** **[[e.g. a dedicated phone line, support to replace documents]]**\n- **Third parties notified and why:** **[[e.g. police, insurer, software vendor]]**\n- **How individuals can complain:** to us first, on "
    + ((stack1 = lookupProperty(helpers,"phone").call(alias1,lookupProperty(lookupProperty(depth0,"practice"),"phone"),{"name":"phone","hash":{},"data":data,"loc":{"start":{"line":70,"column":52},"end":{"line":70,"column":76}}})) != null ? stack1 : "")
    + " or "
    + ((stack1 = lookupProperty(helpers,"email").call(alias1,lookupProperty(lookupProperty(depth0,"practice"),"email"),{"name":"email","hash":{},"data":data,"loc":{"start":{"line":70,"column":80},"end":{"line":70,"column":104}}})) != null ? stack1 : "")
    + "; if not satisfied, to the Office of the Australian Information Commissioner ("
    + ((stack1 = lookupProperty(helpers,"url").call(alias1,lookupProperty(lookupProperty(lookupProperty(depth0,"official"),"oaicComplaints"),"web"),{"name":"url","hash":{},"data":data,"loc":{"start":{"line":70,"column":182},"end":{"line":70,"column":217}}})) != null ? stack1 : "")
    + ", "
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(lookupProperty(lookupProperty(depth0,"official"),"oaic"),"phone"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":70,"column":219},"end":{"line":70,"column":245}}})) != null ? stack1 : "")
    + ")"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"stateHealth"),{"name":"if","hash":{},"fn":container.program(25, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":70,"column":246},"end":{"line":70,"column":369}}})) != null ? stack1 : "")
    + ". An interpreter is available through TIS National ("
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(lookupProperty(lookupProperty(depth0,"support"),"interpreter"),"phone"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":70,"column":421},"end":{"line":70,"column":453}}})) != null ? stack1 : "")
    + ").\n";
},"useData":true} },
  "notices/website-statement.md": { format: "md", spec: {"0":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " ("
    + ((stack1 = lookupProperty(helpers,"md").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"practice"),"legalName"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":3,"column":68},"end":{"line":3,"column":93}}})) != null ? stack1 : "")
    + ")";
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ", trading as "
    + ((stack1 = lookupProperty(helpers,"md").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"practice"),"tradingName"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":12,"column":75},"end":{"line":12,"column":102}}})) != null ? stack1 : "");
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ", ABN "
    + ((stack1 = lookupProperty(helpers,"md").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"practice"),"abn"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":12,"column":135},"end":{"line":12,"column":154}}})) != null ? stack1 : "");
},"3":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "On "
    + ((stack1 = lookupProperty(helpers,"date").call(alias1,lookupProperty(lookupProperty(depth0,"incident"),"awareOn"),{"name":"date","hash":{},"data":data,"loc":{"start":{"line":16,"column":25},"end":{"line":16,"column":50}}})) != null ? stack1 : "")
    + " we became aware that "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"incident"),"whatHappened"),{"name":"if","hash":{},"fn":container.program(4, data, 0),"inverse":container.program(5, data, 0),"data":data,"loc":{"start":{"line":16,"column":72},"end":{"line":16,"column":165}}})) != null ? stack1 : "")
    + ". "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"incident"),"description"),{"name":"if","hash":{},"fn":container.program(6, data, 0),"inverse":container.program(7, data, 0),"data":data,"loc":{"start":{"line":16,"column":167},"end":{"line":16,"column":292}}})) != null ? stack1 : "");
},"4":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"md").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"incident"),"whatHappened"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":16,"column":101},"end":{"line":16,"column":129}}})) != null ? stack1 : "");
},"5":function(container,depth0,helpers,partials,data) {
    return "**[[WHAT HAPPENED]]**";
},"6":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"md").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"incident"),"description"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":16,"column":195},"end":{"line":16,"column":222}}})) != null ? stack1 : "");
},"7":function(container,depth0,helpers,partials,data) {
    return "**[[DESCRIBE WHAT HAPPENED AND WHEN, IN PLAIN WORDS]]**";
},"8":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(lookupProperty(depth0,"incident"),"Kinds"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":21,"column":0},"end":{"line":21,"column":21}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"incident"),"kindsMayBeMore"),{"name":"if","hash":{},"fn":container.program(9, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":21,"column":21},"end":{"line":21,"column":93}}})) != null ? stack1 : "")
    + ".\n";
},"9":function(container,depth0,helpers,partials,data) {
    return "; **[[ANY OTHER KINDS INVOLVED]]**";
},"10":function(container,depth0,helpers,partials,data) {
    return "**[[THE KINDS OF INFORMATION INVOLVED]]**\n";
},"11":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- "
    + ((stack1 = lookupProperty(helpers,"md").call(depth0 != null ? depth0 : (container.nullContext || {}),depth0,{"name":"md","hash":{},"data":data,"loc":{"start":{"line":30,"column":2},"end":{"line":30,"column":13}}})) != null ? stack1 : "")
    + "\n";
},"12":function(container,depth0,helpers,partials,data) {
    return "- **[[OTHER STEPS THAT FIT THE INFORMATION INVOLVED]]**\n";
},"13":function(container,depth0,helpers,partials,data) {
    return " Tell us how it is safe and private to contact you, and we will use only that way.";
},"14":function(container,depth0,helpers,partials,data) {
    return " A support person, advocate or plan nominee can contact us for you, and we can provide this notice in another format, such as Easy Read.";
},"15":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " or to the "
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(lookupProperty(depth0,"stateHealth"),"regulator"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":38,"column":655},"end":{"line":38,"column":683}}})) != null ? stack1 : "")
    + " ("
    + ((stack1 = lookupProperty(helpers,"url").call(alias1,lookupProperty(lookupProperty(depth0,"stateHealth"),"web"),{"name":"url","hash":{},"data":data,"loc":{"start":{"line":38,"column":685},"end":{"line":38,"column":708}}})) != null ? stack1 : "")
    + ") under the "
    + ((stack1 = lookupProperty(helpers,"cite").call(alias1,lookupProperty(lookupProperty(depth0,"stateHealth"),"law"),{"name":"cite","hash":{},"data":data,"loc":{"start":{"line":38,"column":720},"end":{"line":38,"column":744}}})) != null ? stack1 : "");
},"16":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " Beyond Blue is on "
    + ((stack1 = lookupProperty(helpers,"md").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(lookupProperty(depth0,"support"),"beyondBlue"),"phone"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":42,"column":139},"end":{"line":42,"column":170}}})) != null ? stack1 : "")
    + ", 24 hours a day, and you are welcome to talk it through with us or with your GP.";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "# Notice of a data breach\n\n**"
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(lookupProperty(depth0,"practice"),"tradingName"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":3,"column":2},"end":{"line":3,"column":29}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"practice"),"tradesUnderOtherName"),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":3,"column":29},"end":{"line":3,"column":101}}})) != null ? stack1 : "")
    + "**, published **[[DATE]]**\n\n> [!NOTE]\n> Publish this on the practice's website when it is not practicable to notify each affected person directly, and take reasonable steps to publicise it ("
    + ((stack1 = lookupProperty(helpers,"cite").call(alias1,"s26WL(2)",{"name":"cite","hash":{},"data":data,"loc":{"start":{"line":6,"column":152},"end":{"line":6,"column":171}}})) != null ? stack1 : "")
    + ", option (c)). Replace every **[[…]]** blank first.\n\nWe are publishing this notice because a data breach at "
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(lookupProperty(depth0,"practice"),"tradingName"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":8,"column":55},"end":{"line":8,"column":82}}})) != null ? stack1 : "")
    + " involves personal information of some of our "
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(lookupProperty(depth0,"tailoring"),"people"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":8,"column":128},"end":{"line":8,"column":151}}})) != null ? stack1 : "")
    + ", and we have assessed that it is likely to result in serious harm to some of them ("
    + ((stack1 = lookupProperty(helpers,"cite").call(alias1,"s26WL(2)",{"name":"cite","hash":{},"data":data,"loc":{"start":{"line":8,"column":235},"end":{"line":8,"column":254}}})) != null ? stack1 : "")
    + "). We are sorry this has happened.\n\n## Who we are\n\n"
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(lookupProperty(depth0,"practice"),"legalName"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":12,"column":0},"end":{"line":12,"column":25}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"practice"),"tradesUnderOtherName"),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":12,"column":25},"end":{"line":12,"column":109}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"practice"),"abn"),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":12,"column":109},"end":{"line":12,"column":161}}})) != null ? stack1 : "")
    + ". "
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(lookupProperty(depth0,"practice"),"address"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":12,"column":163},"end":{"line":12,"column":186}}})) != null ? stack1 : "")
    + ". Phone "
    + ((stack1 = lookupProperty(helpers,"phone").call(alias1,lookupProperty(lookupProperty(depth0,"practice"),"phone"),{"name":"phone","hash":{},"data":data,"loc":{"start":{"line":12,"column":194},"end":{"line":12,"column":218}}})) != null ? stack1 : "")
    + ", email "
    + ((stack1 = lookupProperty(helpers,"email").call(alias1,lookupProperty(lookupProperty(depth0,"practice"),"email"),{"name":"email","hash":{},"data":data,"loc":{"start":{"line":12,"column":226},"end":{"line":12,"column":250}}})) != null ? stack1 : "")
    + ".\n\n## What happened\n\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"incident"),"known"),{"name":"if","hash":{},"fn":container.program(3, data, 0),"inverse":container.program(7, data, 0),"data":data,"loc":{"start":{"line":16,"column":0},"end":{"line":16,"column":362}}})) != null ? stack1 : "")
    + "\n\n## What information was involved\n\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"incident"),"kinds"),{"name":"if","hash":{},"fn":container.program(8, data, 0),"inverse":container.program(10, data, 0),"data":data,"loc":{"start":{"line":20,"column":0},"end":{"line":24,"column":7}}})) != null ? stack1 : "")
    + "\n## What we recommend you do\n\n- Be alert to emails, calls or messages that mention your health care or this incident and ask for personal or payment details. We will never ask for your password or bank details.\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(lookupProperty(depth0,"incident"),"steps"),{"name":"each","hash":{},"fn":container.program(11, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":29,"column":0},"end":{"line":31,"column":9}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"unless").call(alias1,lookupProperty(lookupProperty(depth0,"incident"),"stepsComplete"),{"name":"unless","hash":{},"fn":container.program(12, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":32,"column":0},"end":{"line":34,"column":11}}})) != null ? stack1 : "")
    + "\n## Contact us\n\nIf you think you may be affected or want support, contact "
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(lookupProperty(lookupProperty(lookupProperty(depth0,"roles"),"privacyOfficer"),"person"),"name"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":38,"column":58},"end":{"line":38,"column":97}}})) != null ? stack1 : "")
    + " on "
    + ((stack1 = lookupProperty(helpers,"phone").call(alias1,lookupProperty(lookupProperty(depth0,"practice"),"phone"),{"name":"phone","hash":{},"data":data,"loc":{"start":{"line":38,"column":101},"end":{"line":38,"column":125}}})) != null ? stack1 : "")
    + " or at "
    + ((stack1 = lookupProperty(helpers,"email").call(alias1,lookupProperty(lookupProperty(depth0,"practice"),"email"),{"name":"email","hash":{},"data":data,"loc":{"start":{"line":38,"column":132},"end":{"line":38,"column":156}}})) != null ? stack1 : "")
    + "."
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"tailoring"),"mentalHealth"),{"name":"if","hash":{},"fn":container.program(13, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":38,"column":157},"end":{"line":38,"column":276}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"tailoring"),"ndis"),{"name":"if","hash":{},"fn":container.program(14, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":38,"column":276},"end":{"line":38,"column":441}}})) != null ? stack1 : "")
    + " If you are not satisfied with our response, you can complain to the Office of the Australian Information Commissioner ("
    + ((stack1 = lookupProperty(helpers,"url").call(alias1,lookupProperty(lookupProperty(lookupProperty(depth0,"official"),"oaicComplaints"),"web"),{"name":"url","hash":{},"data":data,"loc":{"start":{"line":38,"column":561},"end":{"line":38,"column":596}}})) != null ? stack1 : "")
    + ", "
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(lookupProperty(lookupProperty(depth0,"official"),"oaic"),"phone"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":38,"column":598},"end":{"line":38,"column":624}}})) != null ? stack1 : "")
    + ")"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"stateHealth"),{"name":"if","hash":{},"fn":container.program(15, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":38,"column":625},"end":{"line":38,"column":751}}})) != null ? stack1 : "")
    + ".\n\n## Support\n\nIf this news is distressing, Lifeline is on "
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(lookupProperty(lookupProperty(depth0,"support"),"lifeline"),"phone"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":42,"column":44},"end":{"line":42,"column":73}}})) != null ? stack1 : "")
    + ", 24 hours a day."
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"tailoring"),"mentalHealth"),{"name":"if","hash":{},"fn":container.program(16, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":42,"column":90},"end":{"line":42,"column":258}}})) != null ? stack1 : "")
    + " If you think your details are being misused, IDCARE gives free help on "
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(lookupProperty(lookupProperty(depth0,"support"),"idcare"),"phone"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":42,"column":330},"end":{"line":42,"column":357}}})) != null ? stack1 : "")
    + ". If you need an interpreter, call TIS National on "
    + ((stack1 = lookupProperty(helpers,"md").call(alias1,lookupProperty(lookupProperty(lookupProperty(depth0,"support"),"interpreter"),"phone"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":42,"column":408},"end":{"line":42,"column":440}}})) != null ? stack1 : "")
    + " and ask them to call us.\n";
},"useData":true} },
};
