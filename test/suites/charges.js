QUnit.module('charges');
